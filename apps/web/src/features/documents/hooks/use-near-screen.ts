import { useEffect, useState, type RefObject } from 'react';

/** How far ahead of the screen a paragraph starts to render in full and to load its comments. */
const AHEAD = '600px 0px';

type Callback = (near: boolean) => void;
const callbacks = new WeakMap<Element, Callback>();
let shared: IntersectionObserver | null = null;

/** One observer for every paragraph of the page, rather than one each. */
function observer(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  shared ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) callbacks.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: AHEAD },
  );
  return shared;
}

/**
 * Whether the element has come near the screen; it stays true once it has, so what rendered (an
 * editor with unsaved text, loaded comments) stays. Without IntersectionObserver everything counts
 * as near.
 */
export function useNearScreen(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => observer() === null);
  useEffect(() => {
    const element = ref.current;
    const watching = observer();
    if (near || !element || !watching) return;
    callbacks.set(element, (isNear) => {
      if (!isNear) return;
      setNear(true);
      watching.unobserve(element);
      callbacks.delete(element);
    });
    watching.observe(element);
    return () => {
      watching.unobserve(element);
      callbacks.delete(element);
    };
  }, [ref, near]);
  return near;
}
