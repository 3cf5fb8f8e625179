import { test } from 'node:test';
import { contractBackends } from './backends.ts';
import { describeCopyContract } from './copies-contract.ts';
import { describeEngineContract } from './engine-contract.ts';
import { describeQuerySemantics } from './query-semantics.ts';

// Each suite gets its own backend instances: a suite's cleanup removes only what it opened.
for (const backend of contractBackends()) describeEngineContract(backend);
for (const backend of contractBackends()) describeQuerySemantics(backend);
for (const backend of contractBackends()) describeCopyContract(backend);

if (!process.env.MEILI_URL) {
  console.log('skipped: no Meilisearch at MEILI_URL — the Meilisearch engine contract did not run');
  test('engine contract: meilisearch', { skip: 'no Meilisearch at MEILI_URL' }, () => {});
}
