/**
 * A title that still carries the site's name at one end, cut when the outlet inference found the
 * same name in another place of the page (indexer/infer/title-outlet.ts). Every page and name here
 * is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import type { OutletCandidate } from '../../indexer/infer/outlet-candidates.ts';
import { outletKey } from '../../indexer/infer/outlet-names.ts';
import { namesElsewhere, withoutNamedEnd } from '../../indexer/infer/title-outlet.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, PARAS } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const HEADLINE = 'Ferry Timetable Changes From The Spring';

function titleOf(text: string): string {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return r.article.title;
}

const settled = (value: string) => ({ value, from: 'headline line 1' });
const candidate = (value: string, kind: string, line: number): OutletCandidate => ({ value, kind, line, score: 1, evidence: '' });

describe('title: the site named at an end and by the outlet rules elsewhere', () => {
  it('cuts a prefix that a "Follow X on" prompt names', () => {
    assert.equal(titleOf(`Coast Courier - ${HEADLINE}\n\n${BODY}\n\nFollow Coast Courier on Twitter`), HEADLINE);
  });

  it('cuts a prefix that the dateline names', () => {
    const page = `Coast Courier - ${HEADLINE}\n\nPORTHAVEN (Coast Courier) - ${PARAS[0]}\n\n${PARAS[1]}\n\n${PARAS[2]}`;
    assert.equal(titleOf(page), HEADLINE);
  });

  it('cuts a name in a script without case at the end', () => {
    const names = new Map([[outletKey('바다일보'), ['']]]);
    assert.equal(withoutNamedEnd(settled('항구 여객선 요금 다시 오른다 - 바다일보'), names).value, '항구 여객선 요금 다시 오른다');
  });

  it('keeps a title whose end the outlet rules never named', () => {
    assert.equal(titleOf(`Coast Courier - ${HEADLINE}\n\n${BODY}`), `Coast Courier - ${HEADLINE}`);
    const names = new Map([[outletKey('Harbour Post'), ['']]]);
    assert.equal(withoutNamedEnd(settled(`${HEADLINE} - Coast Courier`), names).value, `${HEADLINE} - Coast Courier`);
  });

  it('keeps the name when what is left opens in lower case or is one word', () => {
    const names = new Map([[outletKey('Coast Courier'), ['']]]);
    assert.equal(
      withoutNamedEnd(settled('Coast Courier - what the timetable means'), names).value,
      'Coast Courier - what the timetable means',
    );
    assert.equal(withoutNamedEnd(settled('Timetable - Coast Courier'), names).value, 'Timetable - Coast Courier');
  });

  it('keeps a name found only on a line that echoes the title’s pair', () => {
    const title = settled('Porthaven United – Cliffside 1-2! A late goal wins it');
    const echoed = new Map([[outletKey('Porthaven United'), ['Porthaven United - Cliffside / Porthaven United']]]);
    assert.equal(withoutNamedEnd(title, echoed).value, title.value);
    const copied = new Map([[outletKey('Porthaven United'), [`${title.value} | Porthaven United`]]]);
    assert.equal(withoutNamedEnd(title, copied).value, title.value);
    const apart = new Map([
      [outletKey('Porthaven United'), ['Porthaven United - Cliffside / Porthaven United', 'Follow Porthaven United']],
    ]);
    assert.equal(withoutNamedEnd(title, apart).value, 'Cliffside 1-2! A late goal wins it');
  });

  it('does not count candidates read from the title line itself', () => {
    const names = namesElsewhere(
      [candidate('Coast Courier', 'title-site', 1), candidate('Quay Post', 'byline', 1), candidate('Harbour Post', 'prose', 7)],
      [1],
    );
    assert.deepEqual([...names.keys()], [outletKey('Harbour Post')]);
  });
});

describe('title: a prefix naming the outlet the manifest states or the folder’s pages agree on', () => {
  const page = `Coast Courier - ${HEADLINE}\n\n${BODY}`;

  it('cuts the folder’s outlet from the title’s start', () => {
    assert.equal(inferMetadata(cleanText(page), { folderOutlet: 'Coast Courier' }).title?.value, HEADLINE);
  });

  it('cuts a stated outlet from the title’s start', () => {
    assert.equal(inferMetadata(cleanText(page), { statedOutlet: 'Coast Courier' }).title?.value, HEADLINE);
  });

  it('keeps a prefix that is another name', () => {
    assert.equal(inferMetadata(cleanText(page), { folderOutlet: 'Harbour Post' }).title?.value, `Coast Courier - ${HEADLINE}`);
  });
});
