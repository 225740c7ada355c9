import { createContext, useContext } from 'react';
import type { AgendaItem_ItemFragment } from '../../../__generated__/graphql';
import type { AgendaItemTimes } from '../hooks/use-move-agenda-item';

export interface AgendaDayRef {
  id: string;
  date: string;
}

export interface AgendaItemMoveRequest {
  item: AgendaItem_ItemFragment;
  fromDay: AgendaDayRef;
  toDay: AgendaDayRef;
  /** Its new place in its own day, from 0; on another day the item's times place it. */
  position?: number;
}

/** What every day and item of the agenda needs to know about the page around it. */
export interface AgendaContextValue {
  meetingId: string;
  timeZone: string;
  viewerZone: string;
  /** Organisers, before the meeting is held. */
  canEdit: boolean;
  /** Warning messages by item, for organisers only (empty otherwise). */
  warningsByItem: ReadonlyMap<string, readonly string[]>;
  /** Each day with its items' times, in time order. */
  days: readonly (AgendaDayRef & { itemCount: number; items: readonly AgendaItemTimes[] })[];
  /** The id of the text explaining the keyboard reordering, for the reorder controls' descriptions. */
  reorderHelpId: string;
  /** Asks that the item's reorder control take the focus once it shows on another day, after a move there. */
  requestFocus: (itemId: string, dayId: string) => void;
  /** Whether the item, shown on this day, should take the focus now; answers yes once per request. */
  claimFocus: (itemId: string, dayId: string) => boolean;
  announce: (message: string) => void;
  moveItem: (request: AgendaItemMoveRequest) => void;
  /** `times`: the day's items' times, in time order, to start a new item where the last one ends. */
  addItem: (day: AgendaDayRef, times: readonly { startTime: string; endTime: string }[]) => void;
  editItem: (day: AgendaDayRef, item: AgendaItem_ItemFragment) => void;
  removeItem: (day: AgendaDayRef, item: AgendaItem_ItemFragment) => void;
  duplicateDay: (day: AgendaDayRef) => void;
  removeDay: (day: AgendaDayRef & { itemCount: number }) => void;
}

export const AgendaContext = createContext<AgendaContextValue | null>(null);

export function useAgenda(): AgendaContextValue {
  const value = useContext(AgendaContext);
  if (!value) throw new Error('useAgenda is used outside the agenda panel.');
  return value;
}
