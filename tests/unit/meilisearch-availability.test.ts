import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { EngineUnavailableError } from '../../engine/contract/errors.ts';
import { openMeilisearchEngine } from '../../engine/meilisearch/index.ts';
import type { SearchEngine } from '../../engine/contract/types.ts';
import { errorBody, indexNotFound, replay, searchResult, type Reply, type Replay } from './meilisearch-replay.ts';

const KEY = 'sk-super-secret-search-key';
let current: Replay | undefined;
afterEach(() => current?.restore());

function server(readTimeoutMs?: number): Promise<SearchEngine> {
  return openMeilisearchEngine(
    { meiliUrl: 'http://user:pw@meili.test:7700', meiliSearchKey: KEY, role: 'server' },
    readTimeoutMs === undefined ? {} : { readTimeoutMs },
  );
}

/** Every message the engine produced must be free of the key and of URL credentials. */
function assertNoSecrets(text: string | undefined) {
  assert.ok(text !== undefined && text.length > 0);
  assert.ok(!text.includes(KEY), `key leaked: ${text}`);
  assert.ok(!text.includes('pw@'), `credentials leaked: ${text}`);
}

describe('Meilisearch down or slow', () => {
  it('gives up after the read timeout with EngineUnavailableError', async () => {
    current = replay(() => 'hang');
    const engine = await server(150);
    const started = Date.now();
    await assert.rejects(engine.search({ q: 'truce' }), (error: unknown) => {
      assert.ok(error instanceof EngineUnavailableError);
      assert.match(error.message, /did not answer in time/);
      assertNoSecrets(error.message);
      return true;
    });
    assert.ok(Date.now() - started < 1_500, 'the timeout bounds the wait');
  });

  it('uses a read timeout of about two seconds by default', async () => {
    current = replay(() => 'hang');
    const engine = await server();
    const started = Date.now();
    const health = await engine.health();
    const elapsed = Date.now() - started;
    assert.equal(health.status, 'unavailable');
    assert.ok(elapsed >= 1_900 && elapsed < 3_000, `took ${elapsed} ms`);
  });

  it('maps a refused connection to EngineUnavailableError and health "unavailable"', async () => {
    current = replay(() => 'refuse');
    const engine = await server();
    await assert.rejects(engine.search({ q: 'x' }), EngineUnavailableError);
    await assert.rejects(engine.getArticle('a'), EngineUnavailableError);
    await assert.rejects(engine.stats(), EngineUnavailableError);
    const health = await engine.health();
    assert.equal(health.status, 'unavailable');
    assert.equal(health.engine, 'meilisearch');
    assert.equal(health.detail, 'Meilisearch at meili.test:7700 is unreachable');
    assertNoSecrets(health.detail);
  });

  it('maps a server error and a rejected key to EngineUnavailableError without echoing the key', async () => {
    for (const reply of [
      { status: 503, body: errorBody('internal', 'upstream overloaded', 'internal') },
      { status: 403, body: errorBody('invalid_api_key', 'The provided API key is invalid.', 'auth') },
    ]) {
      current?.restore();
      current = replay(() => reply);
      const engine = await server();
      await assert.rejects(engine.search({ q: 'x' }), (error: unknown) => {
        assert.ok(error instanceof EngineUnavailableError, String(error));
        assertNoSecrets(error.message);
        return true;
      });
      assertNoSecrets((await engine.health()).detail);
    }
  });

  it('reports a missing index as "empty" and as unavailable for searches', async () => {
    current = replay(() => indexNotFound('paragraphs'));
    const engine = await server();
    assert.equal((await engine.health()).status, 'empty');
    await assert.rejects(engine.search({ q: 'x' }), /does not exist yet/);
    assert.equal(await engine.getArticle('a'), null);
    assert.deepEqual(await engine.listArticles(), []);
    assert.deepEqual(await engine.stats(), { articles: 0, paragraphs: 0, builtAt: null, hasCopies: false });
  });

  it('recovers by itself when Meilisearch comes back', async () => {
    let reply: Reply = 'refuse';
    current = replay((req) =>
      reply === 'refuse'
        ? reply
        : { body: { results: req.body.queries.map((q: any) => searchResult(q.indexUid, { totalHits: 3, hitsPerPage: q.hitsPerPage })) } },
    );
    const engine = await server();
    assert.equal((await engine.health()).status, 'unavailable');
    reply = { status: 200 };
    assert.equal((await engine.health()).status, 'ok');
    assert.equal((await engine.search({ q: 'x' })).total, 3);
  });

  it('retries a read once when the connection is refused or a gateway answers 503, then answers', async () => {
    for (const first of ['refuse', { status: 503, body: errorBody('Service Unavailable', 'internal') }] as Reply[]) {
      let calls = 0;
      current = replay((req) =>
        calls++ === 0
          ? first
          : { body: { results: req.body.queries.map((q: any) => searchResult(q.indexUid, { totalHits: 2, hitsPerPage: q.hitsPerPage })) } },
      );
      const engine = await server();
      assert.equal((await engine.search({ q: 'x' })).total, 2);
      assert.deepEqual(current.requests[1]!.body, current.requests[0]!.body, 'the failed read is sent again, once');
      assert.notDeepEqual(current.requests[2]?.body, current.requests[0]!.body);
      current.restore();
    }
  });

  it('does not retry a timeout, and gives up after one retry', async () => {
    current = replay(() => 'hang');
    await assert.rejects((await server(100)).search({ q: 'x' }), EngineUnavailableError);
    assert.equal(current.requests.length, 1, 'a timeout spends the whole budget');
    current.restore();
    current = replay(() => 'refuse');
    await assert.rejects((await server()).search({ q: 'x' }), EngineUnavailableError);
    assert.equal(current.requests.length, 2, 'refused twice: one retry, then 503');
  });

  it('says "empty" for an index with no paragraphs', async () => {
    current = replay((req) => ({
      body: { results: req.body.queries.map((q: any) => searchResult(q.indexUid, { totalHits: 0, hitsPerPage: 0 })) },
    }));
    assert.equal((await (await server()).health()).status, 'empty');
  });
});

describe('Meilisearch keys', () => {
  it('the server falls back to the admin key with a warning when no search key is set', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      current = replay(() => 'refuse');
      const engine = await openMeilisearchEngine({ meiliUrl: 'http://meili.test:7700', meiliApiKey: 'admin-key', role: 'server' });
      await engine.health();
    } finally {
      console.warn = warn;
    }
    assert.equal(current.requests[0]!.headers.get('authorization'), 'Bearer admin-key');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /MEILI_SEARCH_KEY/);
    assert.ok(!warnings[0]!.includes('admin-key'));
  });

  it('the server never uses the admin key when a search key is set', async () => {
    current = replay(() => 'refuse');
    const engine = await openMeilisearchEngine({
      meiliUrl: 'http://meili.test:7700',
      meiliApiKey: 'admin-key',
      meiliSearchKey: 'search-key',
      role: 'server',
    });
    await engine.health();
    assert.equal(current.requests[0]!.headers.get('authorization'), 'Bearer search-key');
  });

  it('refuses an index name Meilisearch would reject', async () => {
    await assert.rejects(openMeilisearchEngine({ meiliUrl: 'http://x', role: 'server', meiliIndex: 'bad name' }), /MEILI_INDEX/);
  });
});
