import { useLocation, type Location } from 'react-router';

export const DEFAULT_RETURN_TO = '/';

/** What the guard puts in the sign-in page's location state: the page the person wanted. */
export interface ReturnToState {
  from: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

function isReturnToState(state: unknown): state is ReturnToState {
  if (typeof state !== 'object' || state === null || !('from' in state)) return false;
  const from: unknown = state.from;
  return typeof from === 'object' && from !== null && 'pathname' in from && typeof from.pathname === 'string';
}

/** Where to go once signed in: the page that sent the person to sign in, or what needs them. */
export function useReturnTo(): string {
  const state: unknown = useLocation().state;
  if (!isReturnToState(state)) return DEFAULT_RETURN_TO;
  const { pathname, search, hash } = state.from;
  // Only paths inside this app: never an address another site could have put in the state.
  if (!pathname.startsWith('/') || pathname.startsWith('//') || pathname === '/sign-in') return DEFAULT_RETURN_TO;
  return `${pathname}${search}${hash}`;
}
