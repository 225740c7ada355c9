import { useEffect } from 'react';

/** "Meetings · Plenary": what a browser tab, history entry and screen reader announce for the page. */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Plenary` : 'Plenary';
  }, [title]);
}
