/**
 * A closed set of states and the moves allowed between them. Defined once here so the API can
 * enforce a move and the web app can offer exactly the moves the API will accept.
 */
export interface StateMachine<S extends string> {
  readonly states: readonly S[];
  readonly initial: S;
  /** The states reachable in one move from `from`. */
  next(from: S): readonly S[];
  canTransition(from: S, to: S): boolean;
}

export function defineStateMachine<S extends string>(
  initial: S,
  transitions: { readonly [K in S]: readonly S[] },
): StateMachine<S> {
  const states = Object.keys(transitions) as S[];
  return {
    states,
    initial,
    next: (from) => transitions[from],
    canTransition: (from, to) => transitions[from].includes(to),
  };
}
