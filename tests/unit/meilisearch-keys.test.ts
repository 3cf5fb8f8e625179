import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { provisionMeilisearchKeys } from '../../engine/meilisearch/index.ts';
import { INDEXER_KEY_UID, SERVER_KEY_UID } from '../../engine/meilisearch/keys.ts';
import { errorBody, replay, type CapturedRequest, type Replay } from './meilisearch-replay.ts';

/** What docker-compose.yml's one-shot meili-keys service asks Meilisearch, with the master key. */

let current: Replay | undefined;
afterEach(() => current?.restore());

const MASTER = 'the-master-key-0123456789';

/** A key object as GET/POST /keys return it; the value is derived from the uid, as Meilisearch does. */
const keyObject = (body: { uid: string; name?: string; actions: string[]; indexes: string[] }) => ({
  ...body,
  key: `value-of-${body.uid}`,
  description: null,
  expiresAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function keysServer(existing: Map<string, ReturnType<typeof keyObject>>) {
  return (req: CapturedRequest) => {
    const uid = req.path.startsWith('/keys/') ? req.path.slice(6) : null;
    if (req.method === 'GET' && uid)
      return existing.has(uid)
        ? { body: existing.get(uid) }
        : { status: 404, body: errorBody('api_key_not_found', `API key \`${uid}\` not found.`) };
    if (req.method === 'DELETE' && uid) {
      existing.delete(uid);
      return { status: 204 };
    }
    if (req.method === 'POST' && req.path === '/keys') {
      const created = keyObject(req.body);
      existing.set(created.uid, created);
      return { status: 201, body: created };
    }
    throw new Error(`unexpected ${req.method} ${req.path}`);
  };
}

describe('meili-keys: the keys docker compose creates', () => {
  it('creates an admin key for the indexer and a search-only key for the server, with the master key, after the version check', async () => {
    current = replay(keysServer(new Map()), { server: { keysStatus: 200 } });
    const keys = await provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER });
    assert.deepEqual(keys, { indexer: `value-of-${INDEXER_KEY_UID}`, server: `value-of-${SERVER_KEY_UID}` });
    assert.deepEqual(
      current.preflight.map((r) => r.path),
      ['/version'],
    );
    assert.ok(current.requests.every((r) => r.headers.get('authorization') === `Bearer ${MASTER}`));
    const created = current.requests.filter((r) => r.method === 'POST').map((r) => r.body);
    assert.deepEqual(
      created.map((k) => [k.uid, k.name, k.indexes, k.expiresAt]),
      [
        [INDEXER_KEY_UID, 'nutgraf-indexer', ['paragraphs*'], null],
        [SERVER_KEY_UID, 'nutgraf-server', ['paragraphs', 'paragraphs_articles'], null],
      ],
    );
    assert.deepEqual(created[1].actions, ['search', 'documents.get', 'version'], 'the server key can only read');
    for (const action of ['indexes.swap', 'documents.add', 'documents.delete', 'documents.get', 'tasks.get', 'version'])
      assert.ok(created[0].actions.includes(action), action);
    for (const key of created)
      assert.ok(!key.actions.some((a: string) => a === '*' || a.startsWith('keys')), 'neither key can manage keys');
  });

  it('finds the same keys again on the next start instead of making new ones', async () => {
    const existing = new Map<string, ReturnType<typeof keyObject>>();
    current = replay(keysServer(existing));
    const first = await provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER });
    current.restore();
    current = replay(keysServer(existing));
    assert.deepEqual(await provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER }), first);
    assert.deepEqual(
      current.requests.map((r) => `${r.method} ${r.path}`),
      [`GET /keys/${INDEXER_KEY_UID}`, `GET /keys/${SERVER_KEY_UID}`],
    );
  });

  it('replaces a key whose indexes no longer match (another MEILI_INDEX)', async () => {
    const existing = new Map<string, ReturnType<typeof keyObject>>();
    current = replay(keysServer(existing));
    await provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER });
    current.restore();
    current = replay(keysServer(existing));
    await provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER, meiliIndex: 'news' });
    const writes = current.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(writes, [`DELETE /keys/${INDEXER_KEY_UID}`, 'POST /keys', `DELETE /keys/${SERVER_KEY_UID}`, 'POST /keys']);
    assert.deepEqual(existing.get(SERVER_KEY_UID)!.indexes, ['news', 'news_articles']);
  });

  it('refuses a Meilisearch older than the floor before creating anything', async () => {
    current = replay(keysServer(new Map()), { server: { version: '1.10.0' } });
    await assert.rejects(
      provisionMeilisearchKeys({ meiliUrl: 'http://meilisearch:7700', masterKey: MASTER }),
      /needs Meilisearch 1\.40\.0 or newer/,
    );
    assert.deepEqual(current.requests, []);
  });
});
