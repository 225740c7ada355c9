import { fork } from 'node:child_process';
import path from 'node:path';
import type { EmbeddedDatabase } from './embedded';

type ServerMessage = { type: 'ready'; url: string; adminUrl: string } | { type: 'failed'; message: string };

/** Starts embedded PostgreSQL in its own process group (see embedded-server.ts). */
export function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const child = fork(path.join(__dirname, 'embedded-server.js'), [], {
    detached: true,
    env: { ...process.env, PLENARY_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`Embedded PostgreSQL failed to start (exit ${code}).`)));
    child.once('message', (message: ServerMessage) => {
      child.removeAllListeners('exit');
      if (message.type === 'failed')
        return reject(new Error(`Embedded PostgreSQL failed to start. ${message.message}`));
      resolve({
        url: message.url,
        adminUrl: message.adminUrl,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.send('stop');
          }),
      });
    });
  });
}
