/** Every template compiled before the first request needs it (server/render.ts, compileViews). */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { compileViews, createViewEnvironment } from '../../server/render.ts';
import { ROOT } from '../helpers/indexed-app.ts';

describe('compiling the views at start-up', () => {
  it('compiles every template in views/, partials included, so no render compiles one', () => {
    const env = createViewEnvironment();
    const files = readdirSync(path.join(ROOT, 'views'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.njk'));
    assert.equal(compileViews(env), files.length);
    // nunjucks keeps each compiled template in its loader's cache, under the name it was asked for.
    const cache = (env as unknown as { loaders: Array<{ cache: Record<string, { compiled?: boolean }> }> }).loaders[0]!.cache;
    for (const file of files) assert.equal(cache[file.split(path.sep).join('/')]?.compiled, true, file);
    assert.ok(files.includes(path.join('partials', 'results.njk')));
  });
});
