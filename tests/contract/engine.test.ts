import { test } from 'node:test';
import { contractBackends } from './backends.ts';
import { describeEngineContract } from './engine-contract.ts';

for (const backend of contractBackends()) describeEngineContract(backend);

if (!process.env.MEILI_URL) {
  console.log('skipped: no Meilisearch at MEILI_URL — the Meilisearch engine contract did not run');
  test('engine contract: meilisearch', { skip: 'no Meilisearch at MEILI_URL' }, () => {});
}
