import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type pino from 'pino';
import { LOGGER } from '../common/logger';
import type { Viewer } from '../common/viewer';
import type { PersonEntity } from '../people/person.entity';
import { PeopleRepository } from '../people/people.repository';
import { type ChangeEvent, EventsService } from '../realtime/events.service';
import { mapIterator } from '../realtime/map-iterator';
import { shareEvent } from '../realtime/shared-subscribe';
import { documentAccess, seesPresence } from './document-visibility';
import type { DocumentEventModel } from './document.model';
import { DocumentReadersRepository } from './document-readers.repository';

/** One event as a reader receives it, with the person a presence names (read once for everyone). */
export interface LiveDocumentEvent {
  event: DocumentEventModel;
  person: PersonEntity | null;
}

/** Everyone on this replica following one document. */
interface Audience {
  documentId: string;
  /** Each subscription (by its name on `emitter`) and whose it is. */
  subscriptions: Map<string, string>;
  /** Emits each event under the name of each subscription it is for, and `ended:<name>` when its reader's access ends. */
  emitter: EventEmitter;
  stop: () => void;
  /** Events are handled one after another, in the order they came. */
  queue: Promise<void>;
}

const ended = (subscription: string) => `ended:${subscription}`;
/**
 * Subscriptions served before others' work (the poster's own answer, other requests) gets a turn:
 * a large audience is served in slices rather than in one long stretch.
 */
const SLICE = 64;

/**
 * One broadcaster per document followed on this replica. On a change event it reads the document's
 * state and everyone's roles on it in one statement, decides once per person what they may
 * hear, and hands the same event to all their subscriptions. Those who may no longer see the
 * document hear nothing and their subscriptions end.
 */
@Injectable()
export class DocumentLive implements OnModuleInit, OnApplicationShutdown {
  private readonly audiences = new Map<string, Audience>();
  private subscriptions = 0;
  private stopResume: (() => void) | undefined;

  constructor(
    private readonly events: EventsService,
    private readonly readers: DocumentReadersRepository,
    private readonly people: PeopleRepository,
    @Inject(LOGGER) private readonly logger: pino.Logger,
  ) {}

  onModuleInit(): void {
    // Events sent while the listener was away never arrived: everyone reloads.
    this.stopResume = this.events.onResume(() => {
      for (const audience of this.audiences.values()) {
        this.enqueue(audience, { topic: 'document', id: audience.documentId });
      }
    });
  }

  onApplicationShutdown(): void {
    this.stopResume?.();
    for (const audience of this.audiences.values()) audience.stop();
    this.audiences.clear();
  }

  /**
   * The document's events for the viewer, heard from this call on, until they may no longer see it
   * or stop reading. The caller has checked that they may see it now.
   */
  follow(viewer: Viewer, documentId: string): AsyncIterableIterator<LiveDocumentEvent> {
    const audience = this.audienceOf(documentId);
    const subscription = String((this.subscriptions += 1));
    audience.subscriptions.set(subscription, viewer.personId);
    return mapIterator(
      on(audience.emitter, subscription, { close: [ended(subscription)] }),
      ([delivered]) => delivered as LiveDocumentEvent,
      () => this.leave(audience, subscription),
    );
  }

  private audienceOf(documentId: string): Audience {
    const found = this.audiences.get(documentId);
    if (found) return found;
    const emitter = new EventEmitter();
    emitter.setMaxListeners(0);
    const audience: Audience = {
      documentId,
      subscriptions: new Map(),
      emitter,
      stop: () => undefined,
      queue: Promise.resolve(),
    };
    audience.stop = this.events.onObject('document', documentId, (event) => this.enqueue(audience, event));
    this.audiences.set(documentId, audience);
    return audience;
  }

  private leave(audience: Audience, subscription: string): void {
    audience.subscriptions.delete(subscription);
    if (audience.subscriptions.size === 0 && this.audiences.get(audience.documentId) === audience) {
      audience.stop();
      this.audiences.delete(audience.documentId);
    }
  }

  private enqueue(audience: Audience, event: ChangeEvent): void {
    audience.queue = audience.queue
      .then(() => this.deliver(audience, event))
      .catch((error: unknown) =>
        this.logger.warn({ err: error, documentId: audience.documentId }, 'A live document event was not delivered'),
      );
  }

  private async deliver(audience: Audience, event: ChangeEvent): Promise<void> {
    const personIds = [...new Set(audience.subscriptions.values())];
    if (personIds.length === 0) return;
    const [readers, person] = await Promise.all([
      this.readers.read(audience.documentId, personIds),
      event.presence ? this.people.findByIds([event.presence.personId]).then(([found]) => found ?? null) : null,
    ]);
    // One answer for everyone: who may hear the event is decided here, and nothing in it depends on who asks.
    const delivered: LiveDocumentEvent = {
      event: event.presence ? toEventModel(event) : shareEvent(toEventModel(event)),
      person,
    };
    const hears = new Map<string, boolean | null>();
    for (const personId of personIds) {
      const access = readers ? documentAccess(readers.status, readers.roles.get(personId) ?? []) : null;
      // null: may no longer see the document at all.
      hears.set(
        personId,
        access?.visible ? !event.presence || seesPresence(access, event.presence.personId, personId) : null,
      );
    }
    let served = 0;
    for (const [subscription, personId] of [...audience.subscriptions]) {
      const hearing = hears.get(personId);
      if (hearing === null) audience.emitter.emit(ended(subscription));
      else if (hearing) audience.emitter.emit(subscription, delivered);
      if (++served % SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

function toEventModel(event: ChangeEvent): DocumentEventModel {
  if (event.presence) return { documentId: event.id, kind: 'PRESENCE', presence: event.presence };
  const change = event.change;
  return {
    documentId: event.id,
    kind: change?.kind ?? 'CHANGED',
    presence: null,
    versionId: change?.versionId ?? null,
    paragraphIds: change?.paragraphIds ?? null,
    commentId: change?.commentId ?? null,
    roundId: change?.roundId ?? null,
  };
}
