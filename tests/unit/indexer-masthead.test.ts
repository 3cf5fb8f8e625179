/**
 * The masthead vote (outlet-folder-print.ts): the name before a page's first line's separator,
 * when it is one to five words each opening with a capital or a digit. Read without splitting the
 * line into arrays; these cases pin the shape on both sides of each bound.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { printVotes } from '../../indexer/infer/outlet-folder-print.ts';

const masthead = (line: string) => printVotes(line, true).find((v) => v.kind === 'masthead')?.name ?? null;

describe('masthead votes', () => {
  it('takes the capitalised name before a colon or a spaced dash or bar', () => {
    assert.equal(masthead('Harbourview Gazette: all the news of the bay'), 'Harbourview Gazette');
    assert.equal(masthead('Harbourview Gazette - all the news'), 'Harbourview Gazette');
    assert.equal(masthead('Harbourview 24 | Weather'), 'Harbourview 24');
    assert.equal(masthead('Harbourview'), 'Harbourview');
  });

  it('takes five capitalised words, not six, and no word in lower case', () => {
    assert.equal(masthead('Harbourview Bay Evening Gazette Weekly'), 'Harbourview Bay Evening Gazette Weekly');
    assert.equal(masthead('Harbourview Bay Evening Gazette Weekly Edition'), null);
    assert.equal(masthead('Harbourview evening Gazette'), null);
    assert.equal(masthead('harbourview Gazette'), null);
  });

  it('reads no masthead in a sentence, a long line or a line opening with its separator', () => {
    assert.equal(masthead('Harbourview Gazette.'), null);
    assert.equal(masthead(`Harbourview Gazette ${'x'.repeat(60)}`), null);
    assert.equal(masthead(': Harbourview'), null);
  });
});
