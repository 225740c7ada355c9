import { useEffect } from 'react';

/** The attribute a paragraph read on the Text tab carries: its identity id, the same in every version. */
export const PARAGRAPH_ID_ATTRIBUTE = 'data-paragraph-id';

/** If the text never shows the paragraph (another tab, a version without it), stop waiting after this. */
const GIVE_UP_AFTER_MS = 15_000;

function findParagraph(root: ParentNode, paragraphId: string): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>(`[${PARAGRAPH_ID_ATTRIBUTE}]`)).find(
    (element) => element.getAttribute(PARAGRAPH_ID_ATTRIBUTE) === paragraphId,
  );
}

/** Scrolls to the paragraph, moves the focus there so reading goes on from it, and outlines it. */
function bringIntoView(element: HTMLElement): () => void {
  const { outline, outlineOffset, borderRadius } = element.style;
  if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
  element.style.outline = '2px solid var(--mantine-primary-color-filled)';
  element.style.outlineOffset = '6px';
  element.style.borderRadius = 'var(--mantine-radius-sm)';
  element.scrollIntoView({ block: 'center' });
  element.focus({ preventScroll: true });
  return () => {
    element.style.outline = outline;
    element.style.outlineOffset = outlineOffset;
    element.style.borderRadius = borderRadius;
  };
}

/**
 * `/documents/:id?paragraph=<paragraph id>` (from search results and recommendations): once the
 * text has loaded, shows that paragraph. The text loads after the page, so this waits for the
 * paragraph to appear; it does so once per link, and a later reload of the text leaves the reader
 * where they are.
 */
export function useParagraphDeepLink(paragraphId: string | null, { ready }: { ready: boolean }) {
  useEffect(() => {
    if (!ready || paragraphId === null || paragraphId === '') return;
    const root = document.body;
    const found = findParagraph(root, paragraphId);
    if (found) return bringIntoView(found);

    let undo: (() => void) | undefined;
    // Observer callbacks run after this effect, once the timer below exists.
    const observer = new MutationObserver(() => {
      const element = findParagraph(root, paragraphId);
      if (!element) return;
      stopWaiting();
      undo = bringIntoView(element);
    });
    observer.observe(root, { childList: true, subtree: true });
    const timer = window.setTimeout(stopWaiting, GIVE_UP_AFTER_MS);
    function stopWaiting() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    return () => {
      stopWaiting();
      undo?.();
    };
  }, [paragraphId, ready]);
}
