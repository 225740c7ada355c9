import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** The flags before the server's script in a command line, e.g. `node --heap-growing-percent=30 apps/api/dist/main.js`. */
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
    // Old garbage is collected early, and a request's objects are allocated young; see the Dockerfile.
    expect(nodeFlags(docker)).toEqual(['--heap-growing-percent=30', '--no-allocation-site-pretenuring']);
  });
});

/** Libraries that write and read Word, PDF and spreadsheet files, and what loading them costs a process. */
const fileLibraries = ['docx', 'pdfkit', 'fontkit', 'exceljs', 'archiver', 'mammoth', 'jszip'];

/** The packages under node_modules whose code a process has loaded once `script` (an expression) has settled. */
function loadedPackages(script: string): string[] {
  const out = execFileSync(
    process.execPath,
    ['-e', `Promise.allSettled([${script}]).then(() => console.log(JSON.stringify(Object.keys(require.cache))))`],
    { cwd: root, encoding: 'utf8' },
  );
  const files = JSON.parse(out.trim().split('\n').at(-1) ?? '[]') as string[];
  const packages = files.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file)?.[1]);
  return [...new Set(packages.filter((name) => name !== undefined))];
}

describe('what the server holds in memory', () => {
  it('loads the libraries that write and read files when a file is first asked for, not when it starts', () => {
    const atStart = loadedPackages(`require('./apps/api/dist/app.module.js')`);
    // The application's own modules are all there, so a library left out is one nothing at start needs.
    expect(atStart).toEqual(expect.arrayContaining(['@nestjs/core', 'typeorm', 'graphql']));
    expect(atStart.filter((name) => fileLibraries.includes(name))).toEqual([]);

    // Asking for a file (even one that then fails for want of data) brings its writer and libraries.
    const writers = loadedPackages(
      `...(() => { const write = require('./apps/api/dist/exports/renderers.js'); return [write.agendaDocx({}), write.agendaPdf({}), write.commentTableXlsx({})]; })()`,
    );
    expect(writers).toEqual(expect.arrayContaining(['docx', 'pdfkit', 'fontkit', 'exceljs']));
  });
});
