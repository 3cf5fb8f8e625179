/**
 * A results page renders each hit's passage through the `hitBody` macro (views/partials/macros.njk),
 * not a partial included once a hit: an include copies the page's whole context and runs nunjucks'
 * template machinery per hit, which was most of a page's render garbage on the serving thread
 * (~430 → ~310 KB a 20-hit page at 200k paragraphs). The "show context" fragment renders the same
 * macro, so a hit's body on the page and in the fragment stay the same bytes.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readCurrent, sqliteDir } from '../../engine/sqlite/generation-files.ts';
import { openSqliteEngine } from '../../engine/sqlite/index.ts';
import { Generation } from '../../engine/sqlite/open-generation.ts';
import { search } from '../../engine/sqlite/search.ts';
import { createViewEnvironment } from '../../server/render.ts';
import { DEFAULT_PARAMS } from '../../server/search-params.ts';
import { buildSearchView } from '../../server/search-view.ts';
import { copyArticles } from '../fixtures/contract/copies.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-render-'));
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function pageView(perPage: number) {
  const engine = await openSqliteEngine({ dataDir });
  await engine.replaceAll(copyArticles);
  await engine.close();
  const dir = sqliteDir(dataDir);
  const g = new Generation(dir, readCurrent(dir)!);
  try {
    const params = { ...DEFAULT_PARAMS, q: 'strengthened', perPage };
    return buildSearchView(params, search(g, { q: 'strengthened', perPage }));
  } finally {
    g.close();
  }
}

describe('results page rendering', () => {
  it('looks up no template per hit', async () => {
    const env = createViewEnvironment();
    const lookups = (view: object): number => {
      let n = 0;
      const getTemplate = env.getTemplate.bind(env);
      env.getTemplate = ((...args: Parameters<typeof getTemplate>) => (n++, getTemplate(...args))) as typeof env.getTemplate;
      try {
        env.render('partials/results.njk', { ...view });
      } finally {
        env.getTemplate = getTemplate;
      }
      return n;
    };
    const one = await pageView(1);
    const many = await pageView(10);
    assert.equal(one.hits.length, 1);
    assert.ok(many.hits.length >= 4, `only ${many.hits.length} hits`);
    assert.equal(lookups(many), lookups(one));
  });

  it('renders a hit body as the "show context" fragment does', async () => {
    const env = createViewEnvironment();
    const view = await pageView(10);
    const page = env.render('partials/results.njk', { ...view });
    for (const hit of view.hits) {
      const passage = {
        hitId: hit.id,
        before: [],
        text: hit.text,
        matches: hit.matches,
        after: [],
        expanded: false,
        toggleUrl: hit.contextUrl,
        articleUrl: hit.url,
      };
      const alone = env.render('partials/hit-body.njk', { passage });
      assert.match(alone, /^\n<div class="hit-body" id="body-[^"]+">[\s\S]*<\/div>\n$/);
      // The page's copy is the highlighted text (marked once), the fragment's marks it: the same bytes.
      assert.ok(page.includes(alone), `hit ${hit.id}'s body differs on the page`);
    }
  });
});
