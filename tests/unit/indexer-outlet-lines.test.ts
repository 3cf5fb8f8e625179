/**
 * A line that is only the page's outlet name is the outlet's credit (indexer/clean/outlet-lines.ts),
 * once the metadata settled that outlet. Invented text and a made-up outlet.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { HEADLINE, P1, P2, P3, P4, page } from '../helpers/bridge-story.ts';

before(loadLanguageDetector);

function build(text: string, outlet = 'The Harbour Weekly') {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt', manifestEntry: { outlet } });
  assert.ok(r.ok);
  return r.article;
}

test("the outlet's name alone on a line is dropped as its credit", () => {
  const a = build(page(HEADLINE, P1, P2, P3, P4, 'Harbour Weekly'));
  assert.equal(a.outlet, 'The Harbour Weekly');
  assert.ok(!a.paragraphs.some((p) => p.text === 'Harbour Weekly'));
  assert.equal(a.dropped.find((d) => d.text === 'Harbour Weekly')?.reason, 'credit');
  assert.equal(a.paragraphs.filter((p) => p.kind === 'body').length, 4);
});

test('sentences naming the outlet and other names alone stay', () => {
  const named = 'The Harbour Weekly asked the council for the figures on Tuesday.';
  const a = build(page(HEADLINE, P1, named, P2, 'Harbour Bridge', P3, P4));
  assert.ok(a.paragraphs.some((p) => p.text === named));
  assert.ok(a.paragraphs.some((p) => p.text === 'Harbour Bridge'));
});
