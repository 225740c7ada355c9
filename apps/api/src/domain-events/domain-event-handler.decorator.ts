import { DiscoveryService } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import type { MethodDecoratorFor } from '../common/decorated-methods';

/**
 * The events one feature announces for others to act on, by name. The feature that announces an
 * event declares it by augmenting this interface (`declare module '../domain-events/domain-event-handler.decorator'`);
 * the features that act on it import its type, so the announcer depends on none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface DomainEventPayloads {}

export type DomainEventName = Extract<keyof DomainEventPayloads, string>;

export const domainEventHandlerMetadata = DiscoveryService.createDecorator<{ name: string }>();

/** Marks a method that acts on an event, inside the transaction of the change that announced it. */
export function OnDomainEvent<N extends DomainEventName>(
  name: N,
): MethodDecoratorFor<(event: DomainEventPayloads[N], manager: EntityManager) => Promise<unknown>> {
  return domainEventHandlerMetadata({ name });
}
