/** Engine configuration (engine/contract/config.ts) and Meilisearch documents read back (engine/meilisearch/responses.ts), both checked with zod. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { IncompatibleBackendError } from '../../engine/contract/errors.ts';
import { engineConfigFromEnv, openEngine, type EngineConfig } from '../../engine/contract/open-engine.ts';
import { toArticleMeta, toParagraphDoc } from '../../engine/meilisearch/documents.ts';

describe('engine configuration', () => {
  it('reads the environment: blank is unset, defaults filled, keys from files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nutgraf-config-'));
    fs.writeFileSync(path.join(dir, 'search.key'), '  s3cret \n');
    const config = engineConfigFromEnv(
      { DATA_DIR: '  ', MEILI_URL: ' http://meili:7700 ', MEILI_SEARCH_KEY_FILE: path.join(dir, 'search.key'), SQLITE_READ_WORKERS: '2' },
      'server',
    );
    assert.deepEqual(config, {
      dataDir: 'data',
      role: 'server',
      meiliUrl: 'http://meili:7700',
      meiliSearchKey: 's3cret',
      meiliIndex: 'paragraphs',
      readWorkers: 2,
    });
    assert.throws(
      () => engineConfigFromEnv({ SQLITE_READ_WORKERS: '1.5' }, 'server'),
      /SQLITE_READ_WORKERS must be a whole number from 0 to 64, not 1.5/,
    );
    assert.throws(() => engineConfigFromEnv({ SQLITE_READ_WORKERS: '65' }, 'server'), /from 0 to 64/);
    assert.throws(
      () => engineConfigFromEnv({ MEILI_API_KEY_FILE: path.join(dir, 'absent') }, 'indexer'),
      /MEILI_API_KEY_FILE names .* which cannot be read \(ENOENT\)/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks a configuration built in code before opening anything', async () => {
    const bad = (fields: Record<string, unknown>) => ({ dataDir: 'unused', role: 'indexer', ...fields }) as unknown as EngineConfig;
    await assert.rejects(openEngine(bad({ readWorkers: 1.5 })), /readWorkers/);
    await assert.rejects(openEngine(bad({ role: 'reader' })), /role/);
    await assert.rejects(openEngine(bad({ synonyms: { groups: 'truce,ceasefire' } })), /synonyms/);
  });
});

describe('Meilisearch documents read back', () => {
  const paragraph = {
    id: 'a-0',
    articleId: 'a',
    position: 0,
    kind: 'body',
    text: 'Truce.',
    title: 'T',
    outlet: 'AFP',
    language: 'en',
    yearFacet: 'unknown',
  };

  it('maps stored documents, absent optional fields as null', () => {
    const { yearFacet: _storageOnly, ...doc } = paragraph;
    assert.deepEqual(toParagraphDoc(paragraph), { ...doc, kind: 'body', year: null, date: null, copyGroup: 'a-0' });
    const meta = toArticleMeta({ id: 'a', source: 'a.txt', title: 'T', outlet: 'AFP', language: 'en', contentHash: 'h' });
    assert.deepEqual([meta.agency, meta.year, meta.provenance, meta.hints], [null, null, {}, []]);
  });

  it('refuses a document this engine did not write, naming the field', () => {
    assert.throws(
      () => toParagraphDoc({ ...paragraph, position: 'first' }),
      (e: Error) => e instanceof IncompatibleBackendError && /position/.test(e.message),
    );
    assert.throws(() => toParagraphDoc({ ...paragraph, kind: 'caption' }), /kind/);
    assert.throws(() => toArticleMeta({ id: 'a', title: 'T' }), /source/);
  });
});
