import { useCallback, useState } from 'react';

/**
 * A place of its own for content the layout moves between two spots (the page's header on a wide
 * screen, a fold-out list on a phone). The content is rendered once, into this node with
 * `createPortal`, and the node is put wherever a `<MovableSlot>` for it is shown. React would
 * otherwise mount the content afresh in its new spot, and a dialog it had open, with what was typed
 * in it, would be gone: a phone turned from portrait to landscape crosses the breakpoint.
 *
 * React events from the content bubble to where the portal is rendered, not to the slot's parents.
 */
export function useMovableNode(): HTMLElement {
  const [node] = useState(() => {
    const element = document.createElement('div');
    element.style.display = 'contents';
    return element;
  });
  return node;
}

/** Where the node of `useMovableNode` shows, for as long as this is mounted. */
export function MovableSlot({ node }: { node: HTMLElement }) {
  const place = useCallback(
    (slot: HTMLDivElement | null) => {
      if (slot) slot.appendChild(node);
    },
    [node],
  );
  return <div ref={place} style={{ display: 'contents' }} />;
}
