import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type pino from 'pino';
import { DataSource, type EntityManager } from 'typeorm';
import { LOGGER } from '../common/logger';
import { DATABASE_URL } from '../config/config';

/**
 * What changed in a document, by id only, so that a reader reloads that part alone: PARAGRAPH, the
 * text, kind or order of paragraphs; COMMENT, a comment or its disposition; ROUND, a round's state
 * or a response to it; VERSION, a new version or a step of the workflow. No change named: anything.
 */
export interface DocumentChange {
  kind: 'PARAGRAPH' | 'COMMENT' | 'ROUND' | 'VERSION';
  versionId?: string;
  /** Stable paragraph ids whose text or comments changed. */
  paragraphIds?: string[];
  commentId?: string;
  roundId?: string;
}

/** What changed, by id only: each subscriber reloads what it may see. */
export interface ChangeEvent {
  /**
   * `person`: something for that person alone, such as a new notification. `session`: that session
   * ended (signed out). `account`: that account was disabled, and every session of it ended.
   */
  topic: 'meeting' | 'studyGroup' | 'document' | 'person' | 'session' | 'account';
  id: string;
  /** For a document: a co-chair's editing position (nothing is stored; clients expire stale ones). */
  presence?: { personId: string; paragraphId: string | null };
  /** For a document: which part changed. */
  change?: DocumentChange;
}

const CHANNEL = 'plenary_events';
/** PostgreSQL refuses a notification payload of 8000 bytes or more. */
const MAX_PAYLOAD = 7_900;
const RECONNECT_MS = 1_000;
/** Heard on this replica only: no topic and no object key has this name. */
const RESUMED = 'listener:resumed';

/**
 * Carries change events between API replicas through PostgreSQL LISTEN/NOTIFY, so a subscriber
 * connected to one replica hears about a change made on another. The listening connection is
 * re-opened if the database drops it.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnApplicationShutdown {
  private readonly local = new EventEmitter();
  private listener: Client | undefined;
  private stopped = false;
  private reconnecting = false;

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(LOGGER) private readonly logger: pino.Logger,
    private readonly dataSource: DataSource,
  ) {
    this.local.setMaxListeners(0);
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'plenary-events' });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const event = JSON.parse(message.payload) as ChangeEvent;
        this.local.emit(key(event), event);
        this.local.emit(event.topic, event);
      } catch (error) {
        this.logger.warn({ err: error }, 'Ignored a malformed change event');
      }
    });
    const lost = (error?: Error) => {
      if (this.listener !== client) return;
      this.logger.warn({ err: error }, 'Change-event listener lost its connection; reconnecting');
      this.scheduleReconnect();
    };
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.listener = client;
  }

  private scheduleReconnect(): void {
    this.listener = undefined;
    if (this.stopped || this.reconnecting) return;
    this.reconnecting = true;
    setTimeout(() => {
      this.reconnecting = false;
      if (this.stopped) return;
      this.listen().then(
        () => this.local.emit(RESUMED),
        (error: unknown) => {
          this.logger.warn({ err: error }, 'Change-event listener could not reconnect; trying again');
          this.scheduleReconnect();
        },
      );
    }, RECONNECT_MS).unref();
  }

  async publish(event: ChangeEvent): Promise<void> {
    await this.publishIn(this.dataSource.manager, event);
  }

  /** Announces a change from inside a transaction: PostgreSQL delivers it when, and only if, that transaction commits. */
  async publishIn(manager: EntityManager, event: ChangeEvent): Promise<void> {
    await manager.query(`SELECT pg_notify($1, $2)`, [CHANNEL, payload(event)]);
  }

  /**
   * Events about one object, listened for from the moment of the call (unlike `watch`, which starts
   * when first read), for a subscriber that sends something of its own before the first event.
   */
  subscribe(topic: ChangeEvent['topic'], id: string): AsyncIterableIterator<unknown[]> {
    return on(this.local, key({ topic, id }));
  }

  /** Every event about one object, for a listener that fans it out itself; returns how to stop. */
  onObject(topic: ChangeEvent['topic'], id: string, listener: (event: ChangeEvent) => void): () => void {
    const name = key({ topic, id });
    this.local.on(name, listener);
    return () => this.local.off(name, listener);
  }

  /** Every event of one topic, for a listener that keeps its own index of ids; returns how to stop. */
  onTopic(topic: ChangeEvent['topic'], listener: (event: ChangeEvent) => void): () => void {
    this.local.on(topic, listener);
    return () => this.local.off(topic, listener);
  }

  /**
   * Called each time the listener is back after losing its connection: events sent meanwhile never
   * arrived, so whoever keeps state from them checks it again.
   */
  onResume(listener: () => void): () => void {
    this.local.on(RESUMED, listener);
    return () => this.local.off(RESUMED, listener);
  }

  /** Events about one object, as an async iterator that ends when the subscriber goes away. */
  async *watch(topic: ChangeEvent['topic'], id: string): AsyncGenerator<ChangeEvent> {
    for await (const [event] of on(this.local, key({ topic, id }))) {
      yield event as ChangeEvent;
    }
  }
}

function key(event: Pick<ChangeEvent, 'topic' | 'id'>): string {
  return `${event.topic}:${event.id}`;
}

/** The event as sent; a change naming too many paragraphs to fit is sent as a change to anything. */
function payload(event: ChangeEvent): string {
  const text = JSON.stringify(event);
  if (Buffer.byteLength(text) < MAX_PAYLOAD || !event.change) return text;
  return JSON.stringify({ topic: event.topic, id: event.id } satisfies ChangeEvent);
}
