import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** The flags before the server's script in a command line, e.g. `node --max-semi-space-size=64 apps/api/dist/main.js`. */
function nodeFlags(command: string): string[] {
  const flags = /node ((?:--\S+ )*)apps\/api\/dist\/main\.js/.exec(command)?.[1];
  if (flags === undefined) throw new Error(`No server start in ${command}`);
  return flags.split(' ').filter(Boolean);
}

describe('how the server is started', () => {
  it('runs with the same Node flags from npm start as from the Docker image, which the benchmark uses too', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: { start: string } };
    const cmd = /^CMD (\[.*\])$/m.exec(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'))?.[1];
    const docker = (JSON.parse(cmd ?? '[]') as string[]).join(' ');
    expect(nodeFlags(pkg.scripts.start)).toEqual(nodeFlags(docker));
    // A page request makes a few MB of short-lived objects, and old garbage is collected early; see the Dockerfile.
    expect(nodeFlags(docker)).toEqual(['--max-semi-space-size=64', '--heap-growing-percent=50']);
  });
});
