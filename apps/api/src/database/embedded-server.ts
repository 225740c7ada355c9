/**
 * Runs embedded PostgreSQL in a process of its own group, so that Ctrl-C in the terminal reaches
 * the API (which drains its requests first) and not the database under it. The API asks it to
 * stop once it has drained; if the API dies, the lost IPC channel stops the database too.
 */
import { startEmbeddedPostgres } from './embedded';

async function main(): Promise<void> {
  const dataDir = process.env.PLENARY_DATA_DIR;
  if (!dataDir || !process.send) throw new Error('Start this through startEmbeddedDatabase().');
  const db = await startEmbeddedPostgres(dataDir);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= db.stop().finally(() => process.exit(0));
    return stopping;
  };
  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  process.on('disconnect', () => void stop());
  process.send({ type: 'ready', url: db.url, adminUrl: db.adminUrl });
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  // The API reports why, in its own error; without it there is only an exit code.
  if (process.send) process.send({ type: 'failed', message }, () => process.exit(1));
  else {
    console.error(message);
    process.exit(1);
  }
});
