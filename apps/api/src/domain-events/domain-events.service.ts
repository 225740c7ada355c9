import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { EntityManager } from 'typeorm';
import { type DecoratedMethod, decoratedMethods } from '../common/decorated-methods';
import {
  type DomainEventName,
  type DomainEventPayloads,
  domainEventHandlerMetadata,
} from './domain-event-handler.decorator';

/**
 * A synchronous, in-process event bus. An event is handled in the transaction of the change that
 * announces it, on that change's EntityManager, before it commits: what the handlers write commits
 * or rolls back with the change, and a handler that throws refuses the change. A queued or
 * after-commit bus (such as @nestjs/event-emitter, whose listeners run outside the caller's
 * transaction) could leave a change made without its consequences.
 */
@Injectable()
export class DomainEvents implements OnModuleInit {
  private readonly handlers = new Map<string, DecoratedMethod<{ name: string }>[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    for (const method of decoratedMethods(this.discovery, this.scanner, domainEventHandlerMetadata)) {
      this.handlers.set(method.metadata.name, [...(this.handlers.get(method.metadata.name) ?? []), method]);
    }
  }

  /** Runs every handler of the event, one after the other, in the caller's transaction. */
  async publish<N extends DomainEventName>(
    manager: EntityManager,
    name: N,
    event: DomainEventPayloads[N],
  ): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler.invoke(event, manager);
  }
}
