import { loadConfig } from '../config/config';
import { startEmbeddedDatabase } from './embedded-process';
import { createDataSource } from './data-source';
import { migrate, withStartupLock } from './migrate';
import { seedDemoData } from './seed';

/** `npm run db:migrate`, `npm run db:seed`, `npm run outbox`: against DATABASE_URL or the embedded server. */
async function main(command: string): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    switch (command) {
      case 'migrate':
        console.log((await withStartupLock(url, migrate)).join('\n') || 'Nothing to migrate.');
        break;
      case 'seed':
        await withStartupLock(url, migrate);
        console.log((await withStartupLock(url, seedDemoData)).join('\n') || 'Demo data already loaded.');
        break;
      case 'outbox':
        await printOutbox(url);
        break;
      default:
        throw new Error('Usage: cli.js migrate | seed | outbox');
    }
  } finally {
    await embedded?.stop();
  }
}

/**
 * The latest e-mails as their recipients get them, personal links included: how whoever runs the
 * server, and so owns its database, follows links when no SMTP server is set up. Through the API
 * and the web app, nobody but the recipient sees those links.
 */
async function printOutbox(url: string): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const rows: { created_at: Date; to_address: string; subject: string; body_text: string; sent_at: Date | null }[] =
      await dataSource.query(
        `SELECT created_at, to_address, subject, body_text, sent_at FROM outbox_messages ORDER BY created_at DESC LIMIT 10`,
      );
    if (rows.length === 0) console.log('The outbox is empty.');
    for (const row of rows.reverse()) {
      console.log(`— ${row.created_at.toISOString()} to ${row.to_address}${row.sent_at ? ' (sent)' : ''}`);
      console.log(`Subject: ${row.subject}\n\n${row.body_text}\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2] ?? '').catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
