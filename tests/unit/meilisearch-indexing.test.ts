import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { MeilisearchTaskTimeOutError } from 'meilisearch';
import { IndexingError } from '../../engine/errors.ts';
import { toIndexingError } from '../../engine/meilisearch/failures.ts';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import { paragraphSettings, settingsMismatches, toMeiliSynonyms } from '../../engine/meilisearch/settings.ts';
import type { ArticleInput, SynonymRules } from '../../engine/types.ts';
import { enqueued, errorBody, indexNotFound, replay, task, type CapturedRequest, type Replay } from './meilisearch-replay.ts';

const URL = 'http://meili.test:7700';
const SYNONYMS: SynonymRules = { groups: [['UN', 'United Nations']], oneWay: [{ from: 'gaza', to: ['gaza strip'] }] };

let current: Replay | undefined;
afterEach(() => current?.restore());

function article(id: string, paragraphs: string[], extra: Partial<ArticleInput> = {}): ArticleInput {
  return {
    id,
    source: `${id}.txt`,
    title: `Title ${id}`,
    outlet: 'AFP',
    agency: null,
    carriedBy: null,
    date: '2012-11',
    year: 2012,
    url: null,
    language: 'en',
    provenance: { outlet: 'manifest' },
    hints: [],
    contentHash: `hash-${id}`,
    paragraphs: paragraphs.map((text, position) => ({ position, kind: 'body', text })),
    dropped: [{ line: 1, reason: 'navigation', text: 'Home | World' }],
    ...extra,
  };
}

interface Scenario {
  /** Indexes that exist before the run. */
  existing?: string[];
  /** Final status for a task, by the request that enqueued it. */
  outcome?: (request: CapturedRequest) => ReturnType<typeof task> | undefined;
  /** What GET /indexes/:uid/settings answers (default: what was sent). */
  settingsEcho?: (sent: any) => any;
  /** Documents the stats route reports, by index (default: what was sent). */
  stats?: (uid: string, sent: number) => number;
}

/**
 * Answers the write routes the way the API reference documents them: every write is a 202 with a
 * summarized task, GET /tasks/:uid gives the final task. It keeps only the bookkeeping needed to
 * answer consistently (which indexes exist, how many documents were sent); it never searches.
 */
function meiliWrites(s: Scenario = {}) {
  const indexes = new Set(s.existing ?? []);
  const settings = new Map<string, any>();
  const docs = new Map<string, number>();
  const tasks = new Map<number, ReturnType<typeof task>>();
  let next = 0;
  const enqueue = (req: CapturedRequest, uid: string | null, type: string) => {
    const uidN = next++;
    tasks.set(uidN, s.outcome?.(req) ?? task(uidN, 'succeeded', { indexUid: uid, type }));
    return enqueued(uidN, uid, type);
  };
  return (req: CapturedRequest) => {
    const m = /^\/indexes\/([^/]+)(\/.*)?$/.exec(req.path);
    const uid = m?.[1] ?? null;
    const sub = m?.[2] ?? '';
    if (req.path === '/indexes' && req.method === 'GET') {
      return { body: { results: [...indexes].map((u) => ({ uid: u, primaryKey: 'id', createdAt: '', updatedAt: '' })), offset: 0, limit: 1000, total: indexes.size } };
    }
    if (req.path === '/indexes' && req.method === 'POST') {
      indexes.add(req.body.uid);
      return enqueue(req, req.body.uid, 'indexCreation');
    }
    if (req.path.startsWith('/tasks/')) return { body: tasks.get(Number(req.path.slice(7))) };
    if (req.path === '/swap-indexes') return enqueue(req, null, 'indexSwap');
    if (uid && sub === '' && req.method === 'GET') {
      return indexes.has(uid) ? { body: { uid, primaryKey: 'id', createdAt: '', updatedAt: '' } } : indexNotFound(uid);
    }
    if (uid && sub === '' && req.method === 'DELETE') {
      indexes.delete(uid);
      return enqueue(req, uid, 'indexDeletion');
    }
    if (uid && sub === '/settings' && req.method === 'PATCH') {
      settings.set(uid, req.body);
      return enqueue(req, uid, 'settingsUpdate');
    }
    if (uid && sub === '/settings' && req.method === 'GET') {
      const sent = settings.get(uid) ?? {};
      return { body: s.settingsEcho ? s.settingsEcho(sent) : sent };
    }
    if (uid && sub === '/documents' && req.method === 'POST') {
      docs.set(uid, (docs.get(uid) ?? 0) + req.body.length);
      return enqueue(req, uid, 'documentAdditionOrUpdate');
    }
    if (uid && (sub === '/documents/delete' || sub === '/documents/delete-batch')) return enqueue(req, uid, 'documentDeletion');
    if (uid && sub === '/stats') {
      const sent = docs.get(uid) ?? 0;
      return { body: { numberOfDocuments: s.stats ? s.stats(uid, sent) : sent, isIndexing: false, fieldDistribution: {} } };
    }
    if (uid && sub === '/search') return { body: { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 0, page: 1, totalPages: 0, totalHits: 2 } };
    throw new Error(`unexpected request ${req.method} ${req.path}`);
  };
}

const indexer = () =>
  openMeilisearchEngine({ meiliUrl: URL, meiliApiKey: 'admin-key', meiliSearchKey: 'search-key', role: 'indexer', synonyms: SYNONYMS }, { taskPollMs: 1 });

const summary = (r: CapturedRequest) => `${r.method} ${r.path}`;

describe('Meilisearch full rebuild', () => {
  it('builds fresh indexes (settings first, verified), then swaps both pairs at once and deletes the old ones', async () => {
    current = replay(meiliWrites({ existing: ['paragraphs', 'paragraphs_articles'] }));
    const engine = await indexer();
    const stats = await engine.replaceAll([article('a', ['One.', 'Two.']), article('b', ['Three.'], { year: null, date: null })]);
    assert.deepEqual(stats, { articles: 2, paragraphs: 3 });

    const reqs = current.requests;
    assert.ok(reqs.every((r) => r.headers.get('authorization') === 'Bearer admin-key'), 'the indexer writes with the admin key');
    const writes = reqs.filter((r) => !r.path.startsWith('/tasks/')).map(summary);
    const build = reqs.find((r) => r.path === '/indexes' && r.method === 'POST')!.body.uid as string;
    assert.match(build, /^paragraphs_build_[a-z0-9]+$/);
    const buildArticles = build.replace('paragraphs_build_', 'paragraphs_articles_build_');
    assert.deepEqual(writes, [
      'GET /indexes',
      'POST /indexes',
      'POST /indexes',
      `PATCH /indexes/${build}/settings`,
      `GET /indexes/${build}/settings`,
      `PATCH /indexes/${buildArticles}/settings`,
      `GET /indexes/${buildArticles}/settings`,
      `POST /indexes/${build}/documents`,
      `POST /indexes/${buildArticles}/documents`,
      `POST /indexes/${buildArticles}/documents`,
      `POST /indexes/${buildArticles}/documents`,
      `GET /indexes/${build}/stats`,
      `GET /indexes/${buildArticles}/stats`,
      'GET /indexes/paragraphs',
      'GET /indexes/paragraphs_articles',
      'POST /swap-indexes',
      `DELETE /indexes/${build}`,
      `DELETE /indexes/${buildArticles}`,
    ]);
    const swap = reqs.find((r) => r.path === '/swap-indexes')!.body;
    assert.deepEqual(swap, [
      { indexes: ['paragraphs', build], rename: false },
      { indexes: ['paragraphs_articles', buildArticles], rename: false },
    ]);

    const settings: any = reqs.find((r) => r.path === `/indexes/${build}/settings`)!.body;
    assert.deepEqual(settings.searchableAttributes, ['text', 'title']);
    for (const f of ['year', 'outlet', 'articleId', 'kind', 'language']) assert.ok(settings.filterableAttributes.includes(f), f);
    for (const f of ['date', 'year', 'position']) assert.ok(settings.sortableAttributes.includes(f), f);
    assert.deepEqual(settings.pagination, { maxTotalHits: 100_000 });
    assert.deepEqual(settings.faceting, { maxValuesPerFacet: 10_000, sortFacetValuesBy: { '*': 'count' } });
    // Keys in index form; a multi-word key also under its joined spelling (as the embedded engine reads it).
    assert.deepEqual(settings.synonyms, { un: ['united nations', 'unitednations'], 'united nations': ['un'], unitednations: ['un'], gaza: ['gaza strip', 'gazastrip'] });
    const vocabulary = reqs.filter((r) => r.path === `/indexes/${buildArticles}/documents`).at(-1)!.body as any[];
    assert.deepEqual(vocabulary.map((d) => d.docType), ['vocab', 'synonyms']);
    assert.deepEqual(vocabulary[0].words, ['one', 'three', 'two']);
    assert.deepEqual(vocabulary[0].docs, [1, 1, 1]);
    assert.deepEqual(settings, paragraphSettings(SYNONYMS));

    const paragraphs = reqs.find((r) => r.path === `/indexes/${build}/documents`)!;
    assert.equal(paragraphs.query.get('primaryKey'), 'id');
    assert.deepEqual(paragraphs.body[0], {
      id: 'a-0', articleId: 'a', position: 0, kind: 'body', text: 'One.', title: 'Title a', outlet: 'AFP',
      year: 2012, date: '2012-11', language: 'en', yearFacet: '2012', dateOrdinal: 20121100, articleParagraphs: 2, brief: 1,
    });
    assert.equal(paragraphs.body[2].yearFacet, 'unknown');
    assert.equal('dateOrdinal' in paragraphs.body[2], false, 'an unknown date sorts last');

    const [articles, meta] = reqs.filter((r) => r.path === `/indexes/${buildArticles}/documents`);
    assert.equal(articles!.body[0].docType, 'article');
    assert.equal(articles!.body[0].paragraphCount, 2);
    assert.deepEqual(articles!.body[0].dropped, [{ line: 1, reason: 'navigation', text: 'Home | World' }]);
    assert.equal(meta!.body[0].docType, 'meta');
    assert.equal(meta!.body[0].paragraphs, 3);
    assert.equal(meta!.body[0].articles, 2);
  });

  it('renames the build into place when no live index exists yet', async () => {
    current = replay(meiliWrites());
    await (await indexer()).replaceAll([article('a', ['One.'])]);
    const swap = current.requests.find((r) => r.path === '/swap-indexes')!.body;
    assert.deepEqual(swap.map((s: any) => [s.indexes[1], s.rename]), [['paragraphs', true], ['paragraphs_articles', true]]);
    assert.equal(current.requests.filter((r) => r.method === 'DELETE').length, 0);
  });

  it('stops with Meilisearch\'s own message when a task ends failed, and never swaps', async () => {
    const message =
      'Document identifier `"a b"` is invalid. A document identifier can be of type integer or string, only composed of alphanumeric characters (a-z A-Z 0-9), hyphens (-) and underscores (_), and can not be more than 511 bytes.';
    current = replay(
      meiliWrites({
        outcome: (req) =>
          req.path.endsWith('/documents') && !req.path.includes('articles')
            ? task(99, 'failed', { error: errorBody('invalid_document_id', message) })
            : undefined,
      }),
    );
    const engine = await indexer();
    await assert.rejects(engine.replaceAll([article('a', ['One.'])]), (error: unknown) => {
      assert.ok(error instanceof IndexingError);
      assert.ok(error.message.includes(message), error.message);
      assert.ok(error.message.includes('invalid_document_id'));
      return true;
    });
    assert.equal(current.requests.some((r) => r.path === '/swap-indexes'), false);
    const deleted = current.requests.filter((r) => r.method === 'DELETE').map((r) => r.path);
    assert.equal(deleted.length, 2, 'the half-built indexes are removed');
    assert.ok(deleted.every((p) => p.includes('_build_')));
  });

  it('refuses to go live when settings did not take effect, before sending any document', async () => {
    current = replay(meiliWrites({ settingsEcho: (sent) => ({ ...sent, pagination: { maxTotalHits: 1000 } }) }));
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.'])]), /pagination\.maxTotalHits/);
    assert.equal(current.requests.some((r) => r.path.endsWith('/documents')), false);
    assert.equal(current.requests.some((r) => r.path === '/swap-indexes'), false);
  });

  it('refuses to go live when the index holds fewer documents than were sent', async () => {
    current = replay(meiliWrites({ stats: (uid, sent) => (uid.startsWith('paragraphs_build') ? sent - 1 : sent) }));
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.', 'Two.'])]), /expected 1 and 2/);
    assert.equal(current.requests.some((r) => r.path === '/swap-indexes'), false);
  });

  it('rejects duplicate article ids instead of silently merging them', async () => {
    current = replay(meiliWrites());
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.']), article('a', ['Two.'])]), /Duplicate article id a/);
  });

  it('removes build indexes a crashed run left behind, and nothing else', async () => {
    current = replay(meiliWrites({ existing: ['paragraphs', 'paragraphs_articles', 'paragraphs_build_old1', 'paragraphs_articles_build_old1', 'movies'] }));
    await (await indexer()).replaceAll([article('a', ['One.'])]);
    const firstDeletes = current.requests.filter((r) => r.method === 'DELETE').slice(0, 2).map((r) => r.path);
    assert.deepEqual(firstDeletes, ['/indexes/paragraphs_build_old1', '/indexes/paragraphs_articles_build_old1']);
    assert.equal(current.requests.some((r) => r.path === '/indexes/movies' && r.method === 'DELETE'), false);
  });
});

describe('Meilisearch incremental writes', () => {
  it('deletes an article\'s old paragraphs by filter before adding the new ones', async () => {
    current = replay(meiliWrites({ existing: ['paragraphs', 'paragraphs_articles'] }));
    await (await indexer()).upsertArticles([article('x"1', ['Only.'])].map((a) => ({ ...a, id: 'x1' })));
    const writes = current.requests.filter((r) => ['POST', 'PATCH', 'DELETE'].includes(r.method) && !r.path.includes('search'));
    assert.deepEqual(writes.map(summary), [
      'POST /indexes/paragraphs/documents/delete',
      'POST /indexes/paragraphs/documents',
      'POST /indexes/paragraphs_articles/documents',
      'POST /indexes/paragraphs_articles/documents',
    ]);
    assert.deepEqual(writes[0]!.body, { filter: 'articleId IN ["x1"]' });
    assert.equal(writes[3]!.body[0].docType, 'meta', 'counts are refreshed after the write');
  });

  it('creates and configures the live indexes on a first incremental write', async () => {
    current = replay(meiliWrites());
    await (await indexer()).upsertArticles([article('a', ['One.'])]);
    const paths = current.requests.filter((r) => r.method !== 'GET').map(summary);
    assert.deepEqual(paths.slice(0, 4), ['POST /indexes', 'PATCH /indexes/paragraphs/settings', 'POST /indexes', 'PATCH /indexes/paragraphs_articles/settings']);
  });

  it('deletes articles and their paragraphs', async () => {
    current = replay(meiliWrites({ existing: ['paragraphs', 'paragraphs_articles'] }));
    await (await indexer()).deleteArticles(['a', 'b']);
    const del = current.requests.filter((r) => r.path.includes('/documents/delete'));
    assert.deepEqual(del.map((r) => [r.path, r.body]), [
      ['/indexes/paragraphs/documents/delete', { filter: 'articleId IN ["a", "b"]' }],
      ['/indexes/paragraphs_articles/documents/delete-batch', ['a', 'b']],
    ]);
  });
});

describe('Meilisearch settings helpers', () => {
  it('turns synonym groups into mutual synonyms and one-way rules into one-way ones', () => {
    assert.deepEqual(toMeiliSynonyms({ groups: [['a', 'b', 'c']], oneWay: [{ from: 'x', to: ['y', 'z'] }, { from: 'a', to: ['d'] }] }), {
      a: ['b', 'c', 'd'],
      b: ['a', 'c'],
      c: ['a', 'b'],
      x: ['y', 'z'],
    });
    // Compounds apply to their spaced, hyphenated and joined spellings alike.
    assert.deepEqual(toMeiliSynonyms({ groups: [['Cease-fire', 'Truce']], oneWay: [] }), {
      'cease fire': ['truce'],
      ceasefire: ['truce'],
      truce: ['cease fire', 'ceasefire'],
    });
    assert.deepEqual(toMeiliSynonyms(undefined), {});
  });

  it('names every setting the server reports differently', () => {
    const expected = paragraphSettings(SYNONYMS);
    assert.deepEqual(settingsMismatches(expected, structuredClone(expected)), []);
    const actual = {
      ...structuredClone(expected),
      filterableAttributes: [...(expected.filterableAttributes as string[])].reverse(),
      rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
      faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' as const } },
    };
    assert.deepEqual(settingsMismatches(expected, actual), ['rankingRules', 'faceting.maxValuesPerFacet', 'faceting.sortFacetValuesBy']);
  });

  it('reports a task that outlived its timeout as an indexing error', () => {
    const error = toIndexingError(new MeilisearchTaskTimeOutError(7, 90_000), 'meili.test:7700', 'Adding paragraphs');
    assert.ok(error instanceof IndexingError);
    assert.equal(error.message, 'Adding paragraphs: task 7 did not finish within 90 s');
  });
});
