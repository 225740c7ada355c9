import { createSourceEventStream, type ExecutionArgs, type ExecutionResult, execute, print } from 'graphql';
import { mapIterator } from './map-iterator';

/**
 * Events whose answer is the same for every subscriber who receives them: no field of the answer
 * depends on who asks (the publisher decided who may hear it). Each is answered once per distinct
 * subscription operation, and that one answer sent to every socket.
 */
const shared = new WeakSet<object>();
/** Per shared event, its answer to each distinct operation (query text and variables). */
const answers = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

/** Marks an event about to be handed to many subscriptions as answered once for all of them. */
export function shareEvent<T extends object>(event: T): T {
  shared.add(event);
  return event;
}

/**
 * graphql-js's `subscribe`, except that an event marked by `shareEvent` is executed once per
 * distinct operation instead of once per subscription: one pre-built answer for every reader.
 */
export async function sharedSubscribe(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source;
  const operation = `${args.operationName ?? ''}\n${print(args.document)}\n${JSON.stringify(args.variableValues ?? {})}`;
  const answer = (event: unknown): Promise<ExecutionResult> => {
    const run = () => Promise.resolve(execute({ ...args, rootValue: event }));
    if (typeof event !== 'object' || event === null || !shared.has(event)) return run();
    let byOperation = answers.get(event);
    if (!byOperation) answers.set(event, (byOperation = new Map()));
    let result = byOperation.get(operation);
    if (!result) byOperation.set(operation, (result = run()));
    return result;
  };
  return mapIterator(source[Symbol.asyncIterator](), answer);
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}
