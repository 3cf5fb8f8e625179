/**
 * The project folder (the one holding package.json), found from this module's own location. The
 * server runs both as TypeScript from the source tree (tests, `npm run dev`) and compiled under
 * `dist/` (`npm start`, Docker), and `views/` and `public/` stay at the top either way.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT: string = findRoot(path.dirname(fileURLToPath(import.meta.url)));
