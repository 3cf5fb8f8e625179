// npm's prestart and preindex: the product runs compiled JavaScript from dist/ (issue 23), so make
// sure dist/ is there and current. A development checkout (TypeScript installed) compiles, which is
// incremental and takes a moment when nothing changed; a production install (`npm ci --omit=dev`,
// the Docker image) has no compiler and runs the dist/ it was given.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'server', 'start.js');

function typescriptCompiler() {
  try {
    return createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc');
  } catch {
    return null;
  }
}

const tsc = typescriptCompiler();
if (tsc && existsSync(path.join(root, 'tsconfig.build.json'))) {
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // Loaded only here: a production install ships this script alone, with a dist/ that has its data.
  if (result.status === 0) (await import('./copy-assets.mjs')).copyAssets(root);
  process.exit(result.status ?? 1);
}
if (!existsSync(built)) {
  console.error('Nutgraf is not built: dist/ is missing and TypeScript is not installed to build it.');
  console.error('Run `npm install` (with development dependencies) and then `npm run build`, or start from the Docker image.');
  process.exit(1);
}
