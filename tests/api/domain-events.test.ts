import { Global, Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource, type EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, LOGGER } from '../../apps/api/src/common/logger';
import { APP_CONFIG, DATABASE_URL, loadConfig } from '../../apps/api/src/config/config';
import { DatabaseModule } from '../../apps/api/src/database/database.module';
import { OnDomainEvent } from '../../apps/api/src/domain-events/domain-event-handler.decorator';
import { DomainEventsModule } from '../../apps/api/src/domain-events/domain-events.module';
import { DomainEvents } from '../../apps/api/src/domain-events/domain-events.service';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

const TEXT_ADOPTED = 'test.text-adopted';

declare module '../../apps/api/src/domain-events/domain-event-handler.decorator' {
  interface DomainEventPayloads {
    [TEXT_ADOPTED]: { objectId: string; refuse: boolean };
  }
}

/** Records what the event caused, in the announcer's transaction, and refuses when asked to. */
@Injectable()
class Registrar {
  @OnDomainEvent(TEXT_ADOPTED)
  async register(event: { objectId: string; refuse: boolean }, manager: EntityManager): Promise<void> {
    await audit(manager, event.objectId, 'test.registered');
    if (event.refuse) throw new Error('Registration refused');
  }
}

function audit(manager: EntityManager, objectId: string, action: string): Promise<unknown> {
  return manager.query(
    `INSERT INTO audit_events (object_type, object_id, action, data) VALUES ('TEST', $1, $2, '{}')`,
    [objectId, action],
  );
}

let database: TestDatabase;
let app: INestApplicationContext;
beforeAll(async () => {
  database = await createTestDatabase();
  @Global()
  @Module({
    providers: [
      { provide: APP_CONFIG, useValue: loadConfig({ NODE_ENV: 'test' }) },
      { provide: DATABASE_URL, useValue: database.url },
      { provide: LOGGER, useValue: createLogger('silent') },
    ],
    exports: [APP_CONFIG, DATABASE_URL, LOGGER],
  })
  class Environment {}
  @Module({ imports: [Environment, DatabaseModule, DomainEventsModule], providers: [Registrar] })
  class EventsTestModule {}
  app = await NestFactory.createApplicationContext(EventsTestModule, { logger: false });
  await app.init();
});
afterAll(async () => {
  await app.close();
  await database.drop();
});

/** Announces the event in a change that records itself first, as a workflow step does. */
async function adopt(objectId: string, refuse: boolean): Promise<string[]> {
  await app
    .get(DataSource)
    .transaction(async (manager) => {
      await audit(manager, objectId, 'test.adopted');
      await app.get(DomainEvents).publish(manager, TEXT_ADOPTED, { objectId, refuse });
    })
    .catch(() => undefined);
  const rows = await app
    .get(DataSource)
    .query<{ action: string }[]>(`SELECT action FROM audit_events WHERE object_id = $1 ORDER BY id`, [objectId]);
  return rows.map((r) => r.action);
}

describe('domain events', () => {
  it('are acted on in the transaction of the change that announces them', async () => {
    expect(await adopt('2d1f1b5e-0000-4000-8000-000000000001', false)).toEqual(['test.adopted', 'test.registered']);
  });

  it('refuse the whole change when a listener fails: neither the change nor what it caused is kept', async () => {
    expect(await adopt('2d1f1b5e-0000-4000-8000-000000000002', true)).toEqual([]);
  });
});
