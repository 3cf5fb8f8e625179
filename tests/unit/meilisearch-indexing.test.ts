import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { MeilisearchTaskTimeOutError } from 'meilisearch';
import { IncompatibleBackendError, IndexingError } from '../../engine/contract/errors.ts';
import { toIndexingError } from '../../engine/meilisearch/failures.ts';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import {
  articleSettings,
  paragraphSettings,
  settingsMismatches,
  toMeiliSynonyms,
  withoutSynonyms,
} from '../../engine/meilisearch/settings.ts';
import { fingerprints } from '../../engine/meilisearch/copies.ts';
import type { ArticleInput, SynonymRules } from '../../engine/contract/types.ts';
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
  /** Existing indexes whose settings were never applied (a crash between creating and configuring). */
  unconfigured?: string[];
  /** What POST /indexes/:uid/documents/fetch answers, by index and request body (default: nothing stored). */
  stored?: (uid: string, body: any) => unknown[];
  /** Tasks GET /tasks reports as enqueued or processing. */
  busyTasks?: unknown[];
  /** What GET /indexes/:uid reports as its creation and last update (default: just now). */
  indexDates?: (uid: string) => { createdAt: string; updatedAt: string };
}

/** The settings a configured live index reports. */
const liveSettings = (uid: string) => (uid.endsWith('_articles') ? articleSettings() : paragraphSettings(SYNONYMS));

/**
 * Answers the write routes the way the API reference documents them: every write is a 202 with a
 * summarized task, GET /tasks/:uid gives the final task. It keeps only the bookkeeping needed to
 * answer consistently (which indexes exist, how many documents were sent); it never searches.
 */
function meiliWrites(s: Scenario = {}) {
  const indexes = new Set(s.existing ?? []);
  const settings = new Map<string, any>(
    (s.existing ?? []).filter((u) => !(s.unconfigured ?? []).includes(u)).map((u) => [u, liveSettings(u)]),
  );
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
      return {
        body: {
          results: [...indexes].map((u) => ({ uid: u, primaryKey: 'id', createdAt: '', updatedAt: '' })),
          offset: 0,
          limit: 1000,
          total: indexes.size,
        },
      };
    }
    if (req.path === '/indexes' && req.method === 'POST') {
      if (indexes.has(req.body.uid)) {
        const uidN = next++;
        tasks.set(
          uidN,
          task(uidN, 'failed', {
            indexUid: req.body.uid,
            type: 'indexCreation',
            error: errorBody('index_already_exists', `Index \`${req.body.uid}\` already exists.`),
          }),
        );
        return enqueued(uidN, req.body.uid, 'indexCreation');
      }
      indexes.add(req.body.uid);
      return enqueue(req, req.body.uid, 'indexCreation');
    }
    if (req.path.startsWith('/tasks/')) return { body: tasks.get(Number(req.path.slice(7))) };
    if (req.path === '/tasks')
      return { body: { results: s.busyTasks ?? [], total: (s.busyTasks ?? []).length, limit: 1, from: null, next: null } };
    if (uid && sub === '/documents/fetch') {
      const results = s.stored?.(uid, req.body) ?? [];
      return { body: { results, offset: req.body.offset ?? 0, limit: req.body.limit ?? 20, total: results.length } };
    }
    if (uid && sub === '/documents/holder' && req.method === 'GET')
      return { status: 404, body: errorBody('document_not_found', 'Document `holder` not found.') };
    if (req.path === '/swap-indexes') return enqueue(req, null, 'indexSwap');
    if (uid && sub === '' && req.method === 'GET') {
      const now = new Date().toISOString();
      return indexes.has(uid)
        ? { body: { uid, primaryKey: 'id', ...(s.indexDates?.(uid) ?? { createdAt: now, updatedAt: now }) } }
        : indexNotFound(uid);
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
    // Partial updates (PUT): fields merged into stored documents, none added.
    if (uid && sub === '/documents' && req.method === 'PUT') return enqueue(req, uid, 'documentAdditionOrUpdate');
    if (uid && (sub === '/documents/delete' || sub === '/documents/delete-batch')) return enqueue(req, uid, 'documentDeletion');
    if (uid && sub === '/stats') {
      const sent = docs.get(uid) ?? 0;
      return { body: { numberOfDocuments: s.stats ? s.stats(uid, sent) : sent, isIndexing: false, fieldDistribution: {} } };
    }
    if (uid && sub === '/search')
      return { body: { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 0, page: 1, totalPages: 0, totalHits: 2 } };
    throw new Error(`unexpected request ${req.method} ${req.path}`);
  };
}

const indexer = () =>
  openMeilisearchEngine(
    { meiliUrl: URL, meiliApiKey: 'admin-key', meiliSearchKey: 'search-key', role: 'indexer', synonyms: SYNONYMS },
    { taskPollMs: 1 },
  );

const summary = (r: CapturedRequest) => `${r.method} ${r.path}`;

/** The indexer lock's own traffic (lock.ts), asserted in its own tests and left out elsewhere. */
const isLock = (r: CapturedRequest) =>
  r.path.includes('_lock') || (r.path === '/indexes' && r.method === 'POST' && String(r.body?.uid).endsWith('_lock'));
const notLock = (r: CapturedRequest) => !isLock(r);
const traffic = () => current!.requests.filter(notLock);

describe('Meilisearch full rebuild', () => {
  it('builds fresh indexes (settings first, verified), then swaps both pairs at once and deletes the old ones', async () => {
    current = replay(meiliWrites({ existing: ['paragraphs', 'paragraphs_articles'] }));
    const engine = await indexer();
    const stats = await engine.replaceAll([article('a', ['One.', 'Two.']), article('b', ['Three.'], { year: null, date: null })]);
    assert.deepEqual(stats, { articles: 2, paragraphs: 3 });

    const reqs = traffic();
    assert.ok(
      reqs.every((r) => r.headers.get('authorization') === 'Bearer admin-key'),
      'the indexer writes with the admin key',
    );
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
    assert.equal(settings.searchCutoffMs, 300, 'a slow query stops ranking in time and is marked degraded');
    assert.deepEqual(settings.faceting, { maxValuesPerFacet: 10_000, sortFacetValuesBy: { '*': 'count' } });
    // Keys in index form; a multi-word key also under its joined spelling (as the embedded engine reads it).
    assert.deepEqual(settings.synonyms, {
      un: ['united nations', 'unitednations'],
      'united nations': ['un'],
      unitednations: ['un'],
      gaza: ['gaza strip', 'gazastrip'],
    });
    // The one-word keys go bare in queries (a phrase gets no synonyms): no typo may be allowed them.
    assert.deepEqual(settings.typoTolerance.disableOnWords, ['gaza', 'un', 'unitednations']);
    const vocabulary = reqs.filter((r) => r.path === `/indexes/${buildArticles}/documents`).at(-1)!.body as any[];
    assert.deepEqual(
      vocabulary.map((d) => d.docType),
      ['vocab', 'synonyms'],
    );
    assert.deepEqual(vocabulary[0].words, ['one', 'three', 'two']);
    assert.deepEqual(vocabulary[0].docs, [1, 1, 1]);
    assert.deepEqual(settings, paragraphSettings(SYNONYMS));

    const paragraphs = reqs.find((r) => r.path === `/indexes/${build}/documents`)!;
    assert.equal(paragraphs.query.get('primaryKey'), 'id');
    const { copySig, ...first } = paragraphs.body[0];
    assert.deepEqual(first, {
      id: 'a-0',
      articleId: 'a',
      position: 0,
      kind: 'body',
      text: 'One.',
      title: 'Title a',
      outlet: 'AFP',
      year: 2012,
      date: '2012-11',
      language: 'en',
      yearFacet: '2012',
      dateOrdinal: 20121100,
      articleParagraphs: 2,
      brief: 1,
      copyGroup: 'a-0',
      copySeq: 0,
    });
    // The copy fingerprint (engine/text/copies.ts): SIG_WORDS uint32 words, base64.
    assert.equal(Buffer.from(copySig, 'base64').length, 40);
    assert.equal(paragraphs.body[2].yearFacet, 'unknown');
    assert.equal('dateOrdinal' in paragraphs.body[2], false, 'an unknown date sorts last');

    const [articles, meta] = reqs.filter((r) => r.path === `/indexes/${buildArticles}/documents`);
    assert.equal(articles!.body[0].docType, 'article');
    assert.equal(articles!.body[0].paragraphCount, 2);
    assert.deepEqual(articles!.body[0].dropped, [{ line: 1, reason: 'navigation', text: 'Home | World' }]);
    assert.equal(meta!.body[0].docType, 'meta');
    assert.equal(meta!.body[0].paragraphs, 3);
    assert.equal(meta!.body[0].articles, 2);
    assert.equal(meta!.body[0].hasCopies, false, 'no paragraph joined another');
  });

  it('renames the build into place when no live index exists yet', async () => {
    current = replay(meiliWrites());
    await (await indexer()).replaceAll([article('a', ['One.'])]);
    const swap = traffic().find((r) => r.path === '/swap-indexes')!.body;
    assert.deepEqual(
      swap.map((s: any) => [s.indexes[1], s.rename]),
      [
        ['paragraphs', true],
        ['paragraphs_articles', true],
      ],
    );
    assert.equal(traffic().filter((r) => r.method === 'DELETE').length, 0);
  });

  it("stops with Meilisearch's own message when a task ends failed, and never swaps", async () => {
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
    assert.equal(
      traffic().some((r) => r.path === '/swap-indexes'),
      false,
    );
    const deleted = traffic()
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.path);
    assert.equal(deleted.length, 2, 'the half-built indexes are removed');
    assert.ok(deleted.every((p) => p.includes('_build_')));
  });

  it('refuses to go live when settings did not take effect, before sending any document', async () => {
    current = replay(meiliWrites({ settingsEcho: (sent) => ({ ...sent, pagination: { maxTotalHits: 1000 } }) }));
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.'])]), /pagination\.maxTotalHits/);
    assert.equal(
      traffic().some((r) => r.path.endsWith('/documents')),
      false,
    );
    assert.equal(
      traffic().some((r) => r.path === '/swap-indexes'),
      false,
    );
  });

  it('refuses to go live when the index holds fewer documents than were sent', async () => {
    current = replay(meiliWrites({ stats: (uid, sent) => (uid.startsWith('paragraphs_build') ? sent - 1 : sent) }));
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.', 'Two.'])]), /expected 1 and 2/);
    assert.equal(
      traffic().some((r) => r.path === '/swap-indexes'),
      false,
    );
  });

  it('rejects duplicate article ids instead of silently merging them', async () => {
    current = replay(meiliWrites());
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.']), article('a', ['Two.'])]), /Duplicate article id a/);
  });

  it('removes build indexes a crashed run left behind, and nothing else', async () => {
    current = replay(
      meiliWrites({ existing: ['paragraphs', 'paragraphs_articles', 'paragraphs_build_old1', 'paragraphs_articles_build_old1', 'movies'] }),
    );
    await (await indexer()).replaceAll([article('a', ['One.'])]);
    const firstDeletes = traffic()
      .filter((r) => r.method === 'DELETE')
      .slice(0, 2)
      .map((r) => r.path);
    assert.deepEqual(firstDeletes, ['/indexes/paragraphs_build_old1', '/indexes/paragraphs_articles_build_old1']);
    assert.equal(
      traffic().some((r) => r.path === '/indexes/movies' && r.method === 'DELETE'),
      false,
    );
  });
});

/** A stored paragraph as POST /documents/fetch returns it with `fields: ["id", "articleId", "position", "text"]` (an index from before copy groups: no copy fields). */
const storedParagraph = (articleId: string, position: number, text: string) => ({
  id: `${articleId}-${position}`,
  articleId,
  position,
  text,
});

/** Answers a documents fetch on the paragraphs index with these paragraphs, on the articles index with these vocabulary chunks. */
function storedDocs(paragraphs: unknown[], vocabulary: unknown[] = []) {
  return (uid: string, body: any) => {
    if ((body.offset ?? 0) > 0) return [];
    return uid === 'paragraphs' ? paragraphs : body.filter === 'docType = "vocab"' ? vocabulary : [];
  };
}

const LIVE = ['paragraphs', 'paragraphs_articles'];

describe('Meilisearch incremental writes', () => {
  it("replaces an article's paragraphs by id, deleting only the positions it no longer has, never by filter", async () => {
    // "world-Report" and "world-report" match the same filter (Meilisearch's = ignores case): the
    // stored paragraphs of both come back, and only the exact article's are touched.
    const stored = [
      storedParagraph('world-Report', 0, 'Capital letters.'),
      storedParagraph('world-report', 0, 'Small.'),
      storedParagraph('world-report', 1, 'Tail.'),
    ];
    current = replay(meiliWrites({ existing: LIVE, stored: storedDocs(stored) }));
    await (await indexer()).upsertArticles([article('world-report', ['Only.'])]);
    const reqs = traffic();
    const fetch = reqs.find((r) => r.path === '/indexes/paragraphs/documents/fetch')!;
    assert.deepEqual(fetch.body, {
      filter: 'articleId IN ["world-report"]',
      fields: ['id', 'articleId', 'text'],
      limit: 10_000,
      offset: 0,
    });
    const deletes = reqs.filter((r) => r.path.includes('/documents/delete'));
    assert.deepEqual(
      deletes.map((r) => [r.path, r.body]),
      [['/indexes/paragraphs/documents/delete-batch', ['world-report-1']]],
    );
    assert.ok(
      reqs.every((r) => !r.path.includes('/documents/delete') || Array.isArray(r.body)),
      'no delete by filter',
    );
    const added = reqs.find((r) => r.path === '/indexes/paragraphs/documents' && r.method === 'POST')!;
    assert.deepEqual(
      added.body.map((p: any) => p.id),
      ['world-report-0'],
    );
    const meta = reqs.filter((r) => r.path === '/indexes/paragraphs_articles/documents' && r.method === 'POST').at(-1)!;
    assert.equal(meta.body[0].docType, 'meta', 'counts are refreshed after the write');
    assert.equal(typeof meta.body[0].hasCopies, 'boolean', 'and whether the index has copies');
  });

  it('deletes articles and exactly their paragraphs, by id', async () => {
    const stored = [
      storedParagraph('a', 0, 'One.'),
      storedParagraph('A', 0, 'Other.'),
      storedParagraph('b', 0, 'Two.'),
      storedParagraph('b', 1, 'Three.'),
    ];
    current = replay(meiliWrites({ existing: LIVE, stored: storedDocs(stored) }));
    await (await indexer()).deleteArticles(['a', 'b']);
    const del = traffic().filter((r) => r.path.includes('/documents/delete'));
    assert.deepEqual(
      del.map((r) => [r.path, r.body]),
      [
        ['/indexes/paragraphs/documents/delete-batch', ['a-0', 'b-0', 'b-1']],
        ['/indexes/paragraphs_articles/documents/delete-batch', ['a', 'b']],
      ],
    );
  });

  it('keeps the "did you mean" vocabulary current: words of replaced paragraphs off, new words on', async () => {
    const vocab = [{ id: '__paragraph_search_vocab_0__', words: ['old', 'one', 'stays'], docs: [1, 2, 1] }];
    current = replay(meiliWrites({ existing: LIVE, stored: storedDocs([storedParagraph('a', 0, 'Old one.')], vocab) }));
    await (await indexer()).upsertArticles([article('a', ['Zeppelin one.'])]);
    const vocabularyWrite = traffic().find(
      (r) => r.path === '/indexes/paragraphs_articles/documents' && r.method === 'POST' && r.body[0]?.docType === 'vocab',
    )!;
    assert.ok(vocabularyWrite, 'the vocabulary is written again');
    assert.deepEqual(vocabularyWrite.body, [
      { id: '__paragraph_search_vocab_0__', docType: 'vocab', words: ['one', 'stays', 'zeppelin'], docs: [2, 1, 1] },
    ]);
  });

  it('deletes a vocabulary chunk that is no longer needed, by id', async () => {
    const vocab = [
      { id: '__paragraph_search_vocab_0__', words: ['gone'], docs: [1] },
      { id: '__paragraph_search_vocab_1__', words: ['also'], docs: [1] },
    ];
    current = replay(meiliWrites({ existing: LIVE, stored: storedDocs([storedParagraph('a', 0, 'Gone also.')], vocab) }));
    await (await indexer()).deleteArticles(['a']);
    const del = traffic()
      .filter((r) => r.path === '/indexes/paragraphs_articles/documents/delete-batch')
      .map((r) => r.body);
    assert.deepEqual(del, [['a'], ['__paragraph_search_vocab_0__', '__paragraph_search_vocab_1__']]);
  });

  it('creates and configures the live indexes on a first incremental write', async () => {
    current = replay(meiliWrites());
    await (await indexer()).upsertArticles([article('a', ['One.'])]);
    const paths = traffic()
      .filter((r) => r.method !== 'GET')
      .map(summary);
    assert.deepEqual(paths.slice(0, 4), [
      'POST /indexes',
      'PATCH /indexes/paragraphs/settings',
      'POST /indexes',
      'PATCH /indexes/paragraphs_articles/settings',
    ]);
  });

  it('configures a live index that exists without its settings (a crash between creating and configuring), synonyms left alone', async () => {
    current = replay(meiliWrites({ existing: LIVE, unconfigured: ['paragraphs'] }));
    await (await indexer()).upsertArticles([article('a', ['One.'])]);
    const patches = traffic().filter((r) => r.method === 'PATCH');
    assert.deepEqual(
      patches.map((r) => r.path),
      ['/indexes/paragraphs/settings'],
    );
    // The synonyms and the words they keep typo-free are the index's data: left alone.
    assert.deepEqual(patches[0]!.body, withoutSynonyms(paragraphSettings(SYNONYMS)));
    assert.equal(patches[0]!.body.typoTolerance!.disableOnWords, undefined);
    assert.equal(patches[0]!.body.typoTolerance!.enabled, true);
    const order = traffic().map(summary);
    assert.ok(
      order.indexOf('PATCH /indexes/paragraphs/settings') < order.indexOf('POST /indexes/paragraphs/documents'),
      'settings before documents',
    );
  });

  it('replaces the synonyms and their typo-free words together in place, read back', async () => {
    current = replay(meiliWrites({ existing: LIVE }));
    await (await indexer()).setSynonyms({ groups: [['Qadhafi', 'Gaddafi', 'Muammar al-Qaddafi']], oneWay: [] });
    const patches = traffic().filter((r) => r.method === 'PATCH' && r.path === '/indexes/paragraphs/settings');
    assert.equal(patches.length, 1);
    assert.deepEqual(Object.keys(patches[0]!.body).sort(), ['synonyms', 'typoTolerance']);
    assert.deepEqual(patches[0]!.body.typoTolerance, { disableOnWords: ['gaddafi', 'muammaralqaddafi', 'qadhafi'] });
    // Read back as Meilisearch's tokenizer normalised them: not a failure.
    assert.deepEqual(
      settingsMismatches(patches[0]!.body, { ...patches[0]!.body, typoTolerance: { enabled: true, disableOnWords: ['qadhafi'] } }),
      [],
    );
  });

  it("leaves a configured live index's settings alone", async () => {
    current = replay(meiliWrites({ existing: LIVE }));
    await (await indexer()).upsertArticles([article('a', ['One.'])]);
    assert.equal(
      traffic().some((r) => r.method === 'PATCH'),
      false,
    );
  });

  it('removes build indexes a crashed run left behind on its first write, incremental ones too', async () => {
    current = replay(meiliWrites({ existing: [...LIVE, 'paragraphs_build_old1', 'paragraphs_articles_build_old1', 'paragraphs_other'] }));
    const engine = await indexer();
    await engine.upsertArticles([article('a', ['One.'])]);
    await engine.upsertArticles([article('b', ['Two.'])]);
    const deleted = traffic()
      .filter((r) => r.method === 'DELETE')
      .map((r) => r.path);
    assert.deepEqual(deleted, ['/indexes/paragraphs_build_old1', '/indexes/paragraphs_articles_build_old1']);
    assert.equal(traffic().filter((r) => r.path === '/indexes' && r.method === 'GET').length, 1, 'once per process');
  });
});

/** A stored paragraph with its copy fields, fingerprinted as the engine would. */
const storedCopy = (articleId: string, position: number, text: string, copySeq: number, copyGroup: string) => ({
  id: `${articleId}-${position}`,
  articleId,
  position,
  text,
  copySeq,
  copyGroup,
  copySig: fingerprints([text])[0],
});
const WIRE =
  'The central bank raised its main interest rate by half a percentage point on Thursday, the largest increase in more than a decade, as policymakers moved to cool inflation.';
const OTHER =
  'Mortgage lenders said they expected to pass the increase on to borrowers within weeks, adding about forty crowns a month to a typical home loan.';

describe('Meilisearch copy groups after in-place writes', () => {
  function copyStore(paragraphs: unknown[], articles: unknown[]) {
    return (uid: string, body: any) => {
      if ((body.offset ?? 0) > 0) return [];
      if (uid === 'paragraphs') return paragraphs;
      return body.filter === 'docType = "article"' ? articles : [];
    };
  }

  it("reads every paragraph's copy fields, and gives a new copy the group of the earlier paragraph it repeats", async () => {
    const stored = [storedCopy('first', 0, WIRE, 0, 'first-0'), storedCopy('first', 1, OTHER, 0, 'first-1')];
    current = replay(meiliWrites({ existing: LIVE, stored: copyStore(stored, [{ id: 'first', copySeq: 0, copyOf: null }]) }));
    await (await indexer()).upsertArticles([
      article('copy', [`LONDON (Reuters) - ${WIRE}`, 'A line of its own that nobody else printed anywhere.']),
    ]);
    const reqs = traffic();
    const fetches = reqs.filter((r) => r.path === '/indexes/paragraphs/documents/fetch').map((r) => r.body);
    assert.deepEqual(fetches.at(-1), {
      filter: 'articleId EXISTS',
      fields: ['id', 'articleId', 'position', 'copySeq', 'copySig', 'copyGroup'],
      limit: 10_000,
      offset: 0,
    });
    const added = reqs.find((r) => r.path === '/indexes/paragraphs/documents' && r.method === 'POST')!.body;
    assert.deepEqual(
      added.map((p: any) => [p.id, p.copyGroup, p.copySeq]),
      [
        ['copy-0', 'first-0', 1],
        ['copy-1', 'copy-1', 1],
      ],
    );
    const articleDoc = reqs.find(
      (r) => r.path === '/indexes/paragraphs_articles/documents' && r.method === 'POST' && r.body[0]?.docType === 'article',
    )!.body[0];
    assert.deepEqual([articleDoc.copySeq, articleDoc.copyOf], [1, null], 'one of two paragraphs shared: not mostly a copy');
    assert.equal(
      reqs.some((r) => r.method === 'PUT'),
      false,
      'no stored group changed',
    );
  });

  it('when the leading article goes, moves its copies to the next copy in index order with partial updates', async () => {
    const stored = [
      storedCopy('first', 0, WIRE, 0, 'first-0'),
      storedCopy('second', 0, WIRE, 1, 'first-0'),
      storedCopy('third', 0, WIRE, 2, 'first-0'),
    ];
    const articles = [
      { id: 'first', copySeq: 0, copyOf: null },
      { id: 'second', copySeq: 1, copyOf: { id: 'first', shared: 1 } },
      { id: 'third', copySeq: 2, copyOf: { id: 'first', shared: 1 } },
    ];
    current = replay(meiliWrites({ existing: LIVE, stored: copyStore(stored, articles) }));
    await (await indexer()).deleteArticles(['first']);
    const puts = traffic()
      .filter((r) => r.method === 'PUT')
      .map((r) => [r.path, r.body]);
    assert.deepEqual(puts, [
      [
        '/indexes/paragraphs/documents',
        [
          { id: 'second-0', copyGroup: 'second-0' },
          { id: 'third-0', copyGroup: 'second-0' },
        ],
      ],
      [
        '/indexes/paragraphs_articles/documents',
        [
          { id: 'second', copyOf: null },
          { id: 'third', copyOf: { id: 'second', shared: 1 } },
        ],
      ],
    ]);
  });
});

describe('Meilisearch revisions that keep their place (reviseArticles)', () => {
  // "first" leads the group its copy "second" (printed after it) is in.
  const paragraphs = [storedCopy('first', 0, WIRE, 0, 'first-0'), storedCopy('second', 0, WIRE, 1, 'first-0')];
  const articles = [
    { id: 'first', copySeq: 0, copyOf: null },
    { id: 'second', copySeq: 1, copyOf: { id: 'first', shared: 1 } },
  ];
  const store = (uid: string, body: any) => {
    if ((body.offset ?? 0) > 0) return [];
    if (uid === 'paragraphs') return paragraphs;
    return String(body.filter).startsWith('docType = "article"') ? articles : [];
  };
  const posted = (uid: string) =>
    traffic()
      .filter((r) => r.path === `/indexes/${uid}/documents` && r.method === 'POST' && r.body[0]?.docType !== 'meta')
      .flatMap((r) => r.body);

  it('rewrites an article with the stored texts at its place and with its stored groups, reading nothing else of the index', async () => {
    current = replay(meiliWrites({ existing: LIVE, stored: store }));
    await (await indexer()).reviseArticles([article('first', [WIRE], { outlet: 'Reuters News', contentHash: 'revised' })]);
    const fetches = traffic()
      .filter((r) => r.path.endsWith('/documents/fetch'))
      .map((r) => [r.path, r.body.filter, r.body.fields]);
    assert.deepEqual(fetches, [
      [
        '/indexes/paragraphs/documents/fetch',
        'articleId IN ["first"]',
        ['id', 'articleId', 'position', 'text', 'copySeq', 'copySig', 'copyGroup'],
      ],
      ['/indexes/paragraphs_articles/documents/fetch', 'docType = "article" AND id IN ["first"]', ['id', 'copySeq', 'copyOf']],
    ]);
    assert.deepEqual(
      posted('paragraphs').map((p: any) => [p.id, p.copyGroup, p.copySeq, p.copySig, p.outlet]),
      [['first-0', 'first-0', 0, paragraphs[0]!.copySig, 'Reuters News']],
    );
    assert.deepEqual(
      posted('paragraphs_articles').map((a: any) => [a.id, a.copySeq, a.copyOf, a.contentHash]),
      [['first', 0, null, 'revised']],
    );
    assert.equal(
      traffic().some((r) => r.method === 'PUT' || r.path.includes('/documents/delete')),
      false,
      'no stored group changed, no paragraph left',
    );
  });

  it('groups the index again with a changed article at its stored place: it still leads its copy', async () => {
    current = replay(meiliWrites({ existing: LIVE, stored: store }));
    await (await indexer()).reviseArticles([article('first', [WIRE, OTHER], { contentHash: 'revised' })]);
    const every = traffic().find((r) => r.path === '/indexes/paragraphs/documents/fetch' && r.body.filter === 'articleId EXISTS');
    assert.ok(every, "every paragraph's copy fields are read");
    assert.deepEqual(
      posted('paragraphs').map((p: any) => [p.id, p.copyGroup, p.copySeq]),
      [
        ['first-0', 'first-0', 0],
        ['first-1', 'first-1', 0],
      ],
    );
    assert.deepEqual(
      posted('paragraphs_articles')
        .filter((a: any) => a.docType === 'article')
        .map((a: any) => [a.id, a.copySeq]),
      [['first', 0]],
    );
    assert.equal(
      traffic().some((r) => r.method === 'PUT'),
      false,
      'its copy keeps the group it had',
    );
  });

  it('an upsert of the same version moves it after its copy, which leads the group then', async () => {
    current = replay(meiliWrites({ existing: LIVE, stored: store }));
    await (await indexer()).upsertArticles([article('first', [WIRE, OTHER], { contentHash: 'revised' })]);
    assert.deepEqual(
      posted('paragraphs').map((p: any) => [p.id, p.copyGroup, p.copySeq]),
      [
        ['first-0', 'second-0', 2],
        ['first-1', 'first-1', 2],
      ],
    );
    const puts = traffic()
      .filter((r) => r.method === 'PUT')
      .map((r) => r.body);
    assert.deepEqual(puts[0], [{ id: 'second-0', copyGroup: 'second-0' }]);
  });
});

describe('Meilisearch content hashes alone (rehashArticles)', () => {
  const articles = [
    { id: 'first', copySeq: 0, copyOf: null },
    { id: 'second', copySeq: 1, copyOf: { id: 'first', shared: 1 } },
  ];
  const store = (uid: string, body: any) =>
    (body.offset ?? 0) === 0 && uid !== 'paragraphs' && String(body.filter).startsWith('docType = "article"') ? articles : [];

  it("updates the stored articles' hashes alone (a partial update), and passes over an id not stored", async () => {
    current = replay(meiliWrites({ existing: LIVE, stored: store }));
    await (await indexer()).rehashArticles([
      { id: 'second', contentHash: 'rehashed' },
      { id: 'unknown', contentHash: 'never stored' },
    ]);
    const writes = traffic()
      .filter((r) => r.method !== 'GET' && !r.path.endsWith('/documents/fetch') && !r.path.includes('_lock'))
      .map((r) => [r.method, r.path, r.body]);
    assert.deepEqual(writes, [['PUT', '/indexes/paragraphs_articles/documents', [{ id: 'second', contentHash: 'rehashed' }]]]);
  });
});

describe('Meilisearch indexer lock', () => {
  const quick = { taskPollMs: 1, lockPollMs: 5, lockWaitMs: 60, lockStaleMs: 60_000 };
  const lockedIndexer = () => openMeilisearchEngine({ meiliUrl: URL, meiliApiKey: 'admin-key', role: 'indexer' }, quick);

  it('takes the lock by creating <index>_lock, writes who holds it, and deletes it when done', async () => {
    current = replay(meiliWrites({ existing: LIVE }));
    await (await lockedIndexer()).replaceAll([article('a', ['One.'])]);
    const all = current.requests.filter((r) => !r.path.startsWith('/tasks/')).map(summary);
    assert.deepEqual(all.slice(0, 2), ['POST /indexes', 'POST /indexes/paragraphs_lock/documents']);
    assert.equal(current.requests[0]!.body.uid, 'paragraphs_lock');
    assert.equal(all.at(-1), 'DELETE /indexes/paragraphs_lock', 'released last');
    const holder = current.requests.find((r) => r.path === '/indexes/paragraphs_lock/documents')!.body[0];
    assert.equal(holder.id, 'holder');
    assert.match(holder.holder, / pid \d+$/);
  });

  it('rewrites its heartbeat while it holds the lock, and deletes the lock only after the last one was sent', async () => {
    current = replay(meiliWrites({ existing: LIVE }));
    const engine = await openMeilisearchEngine(
      { meiliUrl: URL, meiliApiKey: 'admin-key', role: 'indexer' },
      { ...quick, lockHeartbeatMs: 5 },
    );
    const beatsSent = () => current!.requests.filter((r) => r.path === '/indexes/paragraphs_lock/documents').length;
    async function* slowly(): AsyncGenerator<ArticleInput> {
      // The corpus is slow to read: the holder keeps beating meanwhile (two beats after the first write).
      while (beatsSent() < 3) await new Promise((resolve) => setTimeout(resolve, 5));
      yield article('a', ['One.']);
    }
    await engine.replaceAll(slowly());
    const lock = current.requests.filter((r) => r.path.startsWith('/indexes/paragraphs_lock')).map(summary);
    assert.ok(lock.filter((r) => r === 'POST /indexes/paragraphs_lock/documents').length >= 3, lock.join(', '));
    assert.equal(lock.at(-1), 'DELETE /indexes/paragraphs_lock');
    const beats = current.requests
      .filter((r) => r.path === '/indexes/paragraphs_lock/documents')
      .map((r) => r.body[0].heartbeatAt as string);
    assert.deepEqual([...beats].sort(), beats, 'heartbeats move forward');
  });

  it('waits while another indexer holds a live lock, then stops naming it, without touching any index', async () => {
    current = replay(
      meiliWrites({ existing: [...LIVE, 'paragraphs_lock', 'paragraphs_build_theirs', 'paragraphs_articles_build_theirs'] }),
    );
    await assert.rejects((await lockedIndexer()).replaceAll([article('a', ['One.'])]), (error: unknown) => {
      assert.ok(error instanceof IndexingError);
      assert.match(error.message, /Another indexer is writing to this index/);
      assert.match(error.message, /paragraphs_lock/);
      return true;
    });
    const creations = current.requests.filter((r) => r.path === '/indexes' && r.method === 'POST').map((r) => r.body.uid);
    assert.ok(creations.length >= 1 && creations.every((u) => u === 'paragraphs_lock'), 'it only tried the lock');
    assert.equal(
      current.requests.some((r) => r.method === 'DELETE'),
      false,
      "the other indexer's builds are left alone",
    );
  });

  it('takes over a lock with no sign of life for lockStaleMs while the task queue is idle', async () => {
    const old = { createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z' };
    current = replay(
      meiliWrites({
        existing: [...LIVE, 'paragraphs_lock'],
        indexDates: (uid) => (uid === 'paragraphs_lock' ? old : { createdAt: '', updatedAt: '' }),
      }),
    );
    await (await lockedIndexer()).replaceAll([article('a', ['One.'])]);
    const lockTraffic = current.requests.filter((r) => isLock(r) || r.path === '/tasks').map(summary);
    assert.deepEqual(lockTraffic.slice(0, 6), [
      'POST /indexes',
      'GET /indexes/paragraphs_lock',
      'GET /indexes/paragraphs_lock/documents/holder',
      'GET /tasks',
      'DELETE /indexes/paragraphs_lock',
      'POST /indexes',
    ]);
    assert.deepEqual(current.requests.find((r) => r.path === '/tasks')!.query.get('statuses'), 'enqueued,processing');
    assert.ok(current.requests.some((r) => r.path === '/swap-indexes'));
  });

  it('does not take over an old-looking lock while tasks are still queued (its heartbeat may be behind them)', async () => {
    const old = { createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z' };
    current = replay(
      meiliWrites({
        existing: [...LIVE, 'paragraphs_lock'],
        indexDates: () => old,
        busyTasks: [task(7, 'succeeded', { status: 'processing' })],
      }),
    );
    await assert.rejects((await lockedIndexer()).upsertArticles([article('a', ['One.'])]), /Another indexer/);
    assert.equal(
      current.requests.some((r) => r.method === 'DELETE'),
      false,
    );
  });
});

describe('Meilisearch version floor', () => {
  it('refuses a server older than 1.40.0 before writing anything, naming the minimum', async () => {
    current = replay(meiliWrites({ existing: LIVE }), { server: { version: '1.39.2' } });
    await assert.rejects((await indexer()).replaceAll([article('a', ['One.'])]), (error: unknown) => {
      assert.ok(error instanceof IncompatibleBackendError);
      assert.match(error.message, /version 1\.39\.2; Nutgraf needs Meilisearch 1\.40\.0 or newer/);
      return true;
    });
    assert.deepEqual(current.requests, [], 'nothing but GET /version was sent');
    assert.deepEqual(current.preflight.map(summary), ['GET /version']);
  });

  it('accepts the floor and anything newer, and checks once per process', async () => {
    for (const version of ['1.40.0', '1.54.3', '2.0.0']) {
      current?.restore();
      current = replay(meiliWrites({ existing: LIVE, stored: storedDocs([]) }), { server: { version } });
      const engine = await indexer();
      await engine.upsertArticles([article('a', ['One.'])]);
      await engine.deleteArticles(['a']);
      assert.deepEqual(current.preflight.map(summary), ['GET /version'], version);
    }
  });

  it('stops the indexer when its key may not read the version', async () => {
    current = replay(
      (req) =>
        req.path === '/version'
          ? { status: 403, body: errorBody('invalid_api_key', 'The provided API key is invalid.', 'auth') }
          : meiliWrites()(req),
      { server: false },
    );
    await assert.rejects((await indexer()).upsertArticles([article('a', ['One.'])]), /may not read GET \/version \(action "version"\)/);
  });
});

describe('Meilisearch settings helpers', () => {
  it('turns synonym groups into mutual synonyms and one-way rules into one-way ones', () => {
    assert.deepEqual(
      toMeiliSynonyms({
        groups: [['a', 'b', 'c']],
        oneWay: [
          { from: 'x', to: ['y', 'z'] },
          { from: 'a', to: ['d'] },
        ],
      }),
      {
        a: ['b', 'c', 'd'],
        b: ['a', 'c'],
        c: ['a', 'b'],
        x: ['y', 'z'],
      },
    );
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
