/**
 * A search run under an AbortSignal (every search a request makes: server/deadline.ts) leaves no more
 * on the serving thread's old generation than one without: the abort listener the worker pool adds
 * must not keep the search's promise, job and reply alive past young-generation collections.
 * The same for rendering its page (views/partials/results-body.njk says why its partials are macros).
 * Counted by V8's own GC trace in a child process (bytes promoted by the main isolate's scavenges;
 * independent of CPU speed and load).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { it } from 'node:test';
import { ROOT } from '../helpers/indexed-app.ts';
import { promotedBetweenMarks } from '../helpers/promotion.ts';

const PROBE = path.join(ROOT, 'tests', 'fixtures', 'promotion', 'search-signal.ts');
const SEARCHES = 1500;

/** KB the main isolate's scavenges promoted between the probe's MARK lines, per search. */
async function promotedPerSearch(signal: boolean, render = false): Promise<number> {
  const { kb, stdout } = await promotedBetweenMarks(PROBE, {
    SIGNAL: signal ? '1' : '',
    RENDER: render ? '1' : '',
    SEARCHES: String(SEARCHES),
  });
  assert.match(stdout, /HITS [1-9]/, 'the searches found paragraphs');
  return kb / SEARCHES;
}

it('a search under a signal promotes about what one without does', { timeout: 180_000 }, async () => {
  const without = await promotedPerSearch(false);
  const under = await promotedPerSearch(true);
  // Measured (Node 20, this probe): 0.15-0.3 KB without a signal; with one, 6.3-7.9 KB before the
  // listener was made outside the pool's promise executor (worker-pool.ts listenForAbort), 0.3-0.5 after.
  assert.ok(without < 5, `without a signal ${without.toFixed(2)} KB per search`);
  assert.ok(under < without + 2, `under a signal ${under.toFixed(2)} KB per search against ${without.toFixed(2)} without`);
});

it('rendering the search page adds little to what a search promotes', { timeout: 180_000 }, async () => {
  const searched = await promotedPerSearch(true);
  const rendered = await promotedPerSearch(true, true);
  // Measured (Node 20, this probe): 0.5 KB searched, 14.5 KB rendered while the page's partials were
  // `{% include %}`d (every include kept the whole view alive past scavenges), 0.9 KB as macros.
  assert.ok(rendered < searched + 2, `rendered ${rendered.toFixed(2)} KB per search against ${searched.toFixed(2)} unrendered`);
});
