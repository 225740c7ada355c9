import { useState } from 'react';

/**
 * The comments ticked for one disposition together. Only what is shown can be acted on: a filter
 * hides a comment from the selection too.
 */
export function useCommentSelection<T extends { id: string }>(shown: readonly T[]) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const chosen = shown.filter((comment) => selected.has(comment.id));

  return {
    chosen,
    allShownSelected: shown.length > 0 && chosen.length === shown.length,
    isSelected: (id: string) => selected.has(id),
    toggle(id: string, on: boolean) {
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      });
    },
    selectShown(on: boolean) {
      setSelected(on ? new Set(shown.map((comment) => comment.id)) : new Set());
    },
    clear() {
      setSelected(new Set());
    },
  };
}

export type CommentSelection<T extends { id: string }> = ReturnType<typeof useCommentSelection<T>>;
