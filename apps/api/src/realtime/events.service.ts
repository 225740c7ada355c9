import { EventEmitter, on } from 'node:events';
import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import type pino from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER } from '../common/logger';
import { DATABASE_URL } from '../database/database.module';

/** What changed, by id only: each subscriber reloads what it may see. */
export interface ChangeEvent {
  topic: 'meeting';
  id: string;
}

const CHANNEL = 'plenary_events';

/**
 * Carries change events between API replicas through PostgreSQL LISTEN/NOTIFY, so a subscriber
 * connected to one replica hears about a change made on another.
 */
@Injectable()
export class EventsService implements OnModuleInit, OnApplicationShutdown {
  private readonly local = new EventEmitter({ captureRejections: true });
  private listener: Client | undefined;

  constructor(
    @Inject(DATABASE_URL) private readonly url: string,
    @Inject(LOGGER) private readonly logger: pino.Logger,
    private readonly dataSource: DataSource,
  ) {
    this.local.setMaxListeners(0);
  }

  async onModuleInit(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'plenary-events' });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const event = JSON.parse(message.payload) as ChangeEvent;
        this.local.emit(key(event), event);
      } catch (error) {
        this.logger.warn({ err: error }, 'Ignored a malformed change event');
      }
    });
    client.on('error', (error) => this.logger.error({ err: error }, 'Change-event listener failed'));
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    this.listener = client;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.end();
    this.listener = undefined;
  }

  async publish(event: ChangeEvent): Promise<void> {
    await this.dataSource.query(`SELECT pg_notify($1, $2)`, [CHANNEL, JSON.stringify(event)]);
  }

  /** Events about one object, as an async iterator that ends when the subscriber goes away. */
  async *watch(topic: ChangeEvent['topic'], id: string, signal?: AbortSignal): AsyncGenerator<ChangeEvent> {
    for await (const [event] of on(this.local, key({ topic, id }), { signal })) {
      yield event as ChangeEvent;
    }
  }
}

function key(event: ChangeEvent): string {
  return `${event.topic}:${event.id}`;
}
