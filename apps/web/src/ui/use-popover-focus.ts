import { useCallback, useRef } from 'react';

/**
 * For a popover whose list stays mounted while hidden: once it closes, keyboard focus left inside it
 * (Escape, a form sent) or nowhere (it opened with the page) goes back to the button that opens it.
 * Focus the viewer moved elsewhere, by clicking outside, stays there.
 */
export function usePopoverFocus() {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dropdownRef = useRef<HTMLDivElement>(null);
  const returnFocus = useCallback(() => {
    requestAnimationFrame(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body || dropdownRef.current?.contains(focused)) {
        buttonRef.current?.focus();
      }
    });
  }, []);
  return { buttonRef, dropdownRef, returnFocus };
}
