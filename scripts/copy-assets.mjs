// The data files modules read beside themselves (`new URL('./lists/…', import.meta.url)`): tsc emits
// only JavaScript, so every build copies them into dist/ at the same relative place. Called by
// `npm run build` and by ensure-built.mjs after it compiles.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folders of data, relative to the project root, mirrored under dist/. */
export const ASSET_DIRS = ['indexer/infer/lists'];

export function copyAssets(root) {
  for (const dir of ASSET_DIRS) cpSync(path.join(root, dir), path.join(root, 'dist', dir), { recursive: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) copyAssets(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
