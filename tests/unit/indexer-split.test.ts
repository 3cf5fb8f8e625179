import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { splitParagraphs } from '../../indexer/split/paragraphs.ts';

const split = (text: string) => splitParagraphs(cleanText(text).kept);
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('splitting into paragraphs', () => {
  it('makes each blank-line separated block a paragraph, numbered from 0 with its source line', () => {
    const paragraphs = split(fixture('copyright-only.txt'));
    assert.deepEqual(
      paragraphs.map((p) => [p.position, p.line, p.kind]),
      [
        [0, 3, 'body'],
        [1, 5, 'body'],
      ],
    );
  });

  it('makes each line a paragraph when the text has one paragraph per line', () => {
    const paragraphs = split(fixture('one-per-line-headings.txt'));
    assert.deepEqual(
      paragraphs.map((p) => p.kind),
      ['body', 'body', 'heading', 'body', 'body', 'heading', 'body'],
    );
    assert.deepEqual(
      paragraphs.map((p) => p.position),
      [0, 1, 2, 3, 4, 5, 6],
    );
  });

  it('joins hard-wrapped lines back into their paragraphs', () => {
    const paragraphs = split(fixture('hard-wrapped.txt'));
    assert.equal(paragraphs.length, 3);
    assert.match(paragraphs[0]!.text, /^Orchard owners .* is the largest in living memory, after a warm spring .* every tree\.$/);
    assert.equal(paragraphs[2]!.text, '"We have never seen branches break under the weight before," one grower said.');
    assert.deepEqual(
      paragraphs.map((p) => p.line),
      [3, 7, 11],
    );
  });

  it('ends a wrapped paragraph at a short line that finishes a sentence, even without a blank line', () => {
    const wrapped = [
      'Wrapped title for a test',
      'The ferry company said on Monday that its two oldest boats would be',
      'retired next year and replaced by a single larger vessel.',
      'Passengers were told to expect delays.',
      'Engineers will inspect the harbour wall before the new boat arrives in',
      'the spring, and the timetable will change when it does.',
    ].join('\n');
    assert.deepEqual(
      split(wrapped).map((p) => p.text.slice(0, 20)),
      ['The ferry company sa', 'Passengers were told', 'Engineers will inspe'],
    );
  });

  it('does not join lines that each end a sentence, even when they are short', () => {
    const text = ['Short lines title', 'The bridge reopened.', 'Traffic moved freely.', 'Shops reported more customers.'].join('\n');
    assert.equal(split(text).length, 3);
  });

  it('starts a new paragraph after a dropped line', () => {
    const text = [
      'Council approves road budget',
      'The council approved the budget on Tuesday.',
      'Advertisement',
      'Repairs start in spring, officials said.',
    ].join('\n');
    assert.deepEqual(
      split(text).map((p) => p.line),
      [2, 4],
    );
  });
});
