import { createContext, useContext } from 'react';
import type { CommentActions } from './comment-card';

/** What a recipient needs to comment on the version of an open round. */
export interface Commenting {
  roundId: string;
  committees: readonly { id: string; name: string; acronym: string | null }[];
  /** The committee (or PERSONAL_CAPACITY) a new comment speaks for unless changed. */
  defaultSpeaksFor: string;
}

/** What every paragraph of the text shown shares, read or drafted. */
export interface TextPage {
  announce: (message: string) => void;
  /** The round accepting comments now, if any. */
  openRoundNumber: number | null;
  /** Comments of rounds before this one were made on earlier text. */
  carriedBelow: number | undefined;
  /** Set when the viewer may comment on this version now. */
  commenting: Commenting | null;
  /** Set for the co-chairs, who answer comments from the margin. */
  commentActions: CommentActions | undefined;
  /** The comment form asked for by keyboard (Ctrl+Alt+M) on the words selected in a paragraph. */
  commentRequest: CommentRequest | null;
  clearCommentRequest: () => void;
}

export interface CommentRequest {
  paragraphId: string;
  quote: string;
  suggest: boolean;
}

export const TextPageContext = createContext<TextPage>({
  announce: () => undefined,
  openRoundNumber: null,
  carriedBelow: undefined,
  commenting: null,
  commentActions: undefined,
  commentRequest: null,
  clearCommentRequest: () => undefined,
});

export function useTextPage(): TextPage {
  return useContext(TextPageContext);
}
