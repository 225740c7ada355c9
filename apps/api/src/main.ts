import 'reflect-metadata';
import { demoAccounts, demoPassword } from '@plenary/seeds';
import { createLogger } from './common/logger';
import { loadConfig } from './config/config';
import { createApp } from './create-app';
import { startEmbeddedDatabase } from './database/embedded-process';
import { migrate, withStartupLock } from './database/migrate';
import { seedDemoData } from './database/seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  if (embedded) logger.info({ dataDir: config.dataDir }, 'Embedded PostgreSQL started');

  try {
    await withStartupLock(databaseUrl, async (url) => {
      const applied = await migrate(url);
      if (applied.length) logger.info({ migrations: applied }, 'Migrations applied');
      if (config.demoData) {
        const loaded = await seedDemoData(url);
        if (loaded.length) logger.info({ sets: loaded }, 'Demo data loaded');
      }
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  const app = await createApp({ config, databaseUrl, logger });
  await app.listen(config.port);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'Shutting down: finishing requests in progress');
    await app.close();
    await embedded?.stop();
    logger.info('Stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const url = `http://localhost:${config.port}`;
  const lines = ['', `  Plenary is running at ${url}`, `  GraphQL: ${url}/graphql    Health: ${url}/health`];
  if (config.demoData) {
    lines.push('', `  Demo accounts (password for all: ${demoPassword}):`);
    for (const account of demoAccounts) lines.push(`    ${account.email.padEnd(34)} ${account.role}`);
  }
  lines.push('', '  Press Ctrl-C to stop.', '');
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
