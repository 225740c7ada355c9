import type { DiscoverableDecorator, DiscoveryService, MetadataScanner } from '@nestjs/core';

/** A provider's method that carries a decorator's metadata, bound to its instance. */
export interface DecoratedMethod<M> {
  metadata: M;
  /** "RoundDeadlinesService.closeAtDeadline", for messages about it. */
  name: string;
  invoke: (...args: unknown[]) => Promise<unknown>;
}

/**
 * Every method of the application's providers marked with `decorator` (made by
 * `DiscoveryService.createDecorator`), each instance once. Request-scoped providers have no
 * instance to call outside a request and are not looked at.
 */
export function decoratedMethods<M>(
  discovery: DiscoveryService,
  scanner: MetadataScanner,
  decorator: DiscoverableDecorator<M>,
): DecoratedMethod<M>[] {
  const seen = new Set<object>();
  const found: DecoratedMethod<M>[] = [];
  for (const wrapper of discovery.getProviders()) {
    const instance: unknown = wrapper.instance;
    if (!instance || typeof instance !== 'object' || seen.has(instance) || !wrapper.isDependencyTreeStatic()) continue;
    seen.add(instance);
    for (const method of scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
      const metadata = discovery.getMetadataByDecorator(decorator, wrapper, method);
      if (metadata === undefined) continue;
      const fn = (instance as Record<string, (...args: unknown[]) => Promise<unknown>>)[method]!;
      found.push({
        metadata,
        name: `${instance.constructor.name}.${method}`,
        invoke: (...args) => fn.apply(instance, args),
      });
    }
  }
  return found;
}

/** A method decorator that accepts only methods of the given signature (or narrower in what they return). */
export type MethodDecoratorFor<Method> = <T extends Method>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<T>,
) => void;
