// `npm run dev`: the API rebuilt and restarted on every change, and Vite's dev server with hot reload
// for the web app on http://localhost:5173 (it forwards /graphql to the API on PORT, default 3000).
import { spawn } from 'node:child_process';

const children = [];
function run(name, command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env });
  child.on('exit', (code) => {
    if (code !== 0 && code !== null) console.error(`[dev] ${name} exited with ${code}`);
  });
  children.push(child);
}

const build = spawn('npx', ['tsc', '-b', 'apps/api/tsconfig.build.json'], { stdio: 'inherit' });
build.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  run('api compiler', 'npx', ['tsc', '-b', '-w', '--preserveWatchOutput', 'apps/api/tsconfig.build.json']);
  run('api', process.execPath, ['--watch-path=apps/api/dist', '--watch-path=seeds/dist', 'apps/api/dist/main.js']);
  run('web', 'npm', ['run', 'dev', '-w', '@plenary/web']);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
