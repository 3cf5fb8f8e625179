/**
 * Starts a worker thread running a sibling module, whether this code runs as TypeScript through
 * tsx (tests, the CLIs, `npm run dev`) or compiled under `dist/` (`npm start`, Docker).
 *
 * Worker threads of Node 20 do not inherit the parent's module hooks (`--import tsx`), so under tsx
 * the worker registers the loader itself before importing its module. Compiled, it imports the
 * `.js` module directly and carries no loader (tsx's hooks cost a thread ~30 MB).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** Written to run both as CommonJS and as an ES module (the worker inherits `--input-type`). */
const BOOT = `
import('node:worker_threads')
  .then(async ({ workerData }) => {
    const { tsx, url } = workerData.__module;
    if (tsx) (await import(tsx)).register();
    await import(url);
  })
  .catch((error) => { console.error(error); process.exit(1); });
`;

/** A worker running `siblingModule(callerUrl, name)`; it reads its own data from `workerData`, which must be an object. */
export function moduleWorker(callerUrl: string, name: string, options: WorkerOptions & { workerData?: object } = {}): Worker {
  const url = siblingModule(callerUrl, name);
  const tsx = url.pathname.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  return new Worker(BOOT, { ...options, eval: true, workerData: { ...options.workerData, __module: { url: url.href, tsx } } });
}

/**
 * The module `name` (file name without extension) beside `callerUrl` (the caller's
 * `import.meta.url`), of the caller's own kind: `.ts` under tsx, `.js` compiled.
 */
export function siblingModule(callerUrl: string, name: string): URL {
  return new URL(`./${name}${path.extname(fileURLToPath(callerUrl))}`, callerUrl);
}
