import { NotFoundState } from '../ui/not-found-state';
import { useDocumentTitle } from '../ui/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  return (
    <NotFoundState
      title="Page not found"
      message="There is no page at this address. It may have moved, or the link may be incomplete."
      backTo="/meetings"
      backLabel="Go to your meetings"
    />
  );
}
