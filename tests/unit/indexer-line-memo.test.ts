import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { cleanText } from '../../indexer/clean/index.ts';
import { LineMemo, ownCopy } from '../../indexer/clean/line-memo.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { inferMetadata } from '../../indexer/infer/infer.ts';
import { pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { folderVotes } from '../../indexer/infer/outlet-folder.ts';
import { listedCandidates } from '../../indexer/infer/outlet-listed.ts';
import { parseOutletList } from '../../indexer/infer/outlet-list.ts';
import { useCorpusOutlets } from '../../indexer/infer/outlet-listed-index.ts';

const BODY = [
  'The harbour authority said on Tuesday that the evening ferry would leave an hour earlier from next month, after a review of winter crossings.',
  'Passengers who booked the later sailing will be moved to the new time at no cost, the authority said in a statement.',
  'Local traders said the change would cut evening trade on the quay, where most cafés stay open for the last arrivals.',
];

/** An invented page: a site's short lines around a story, the same on every page of the site. */
function page(headline: string, body: readonly string[]): string {
  return [
    'Home | News | Sport | Weather',
    '',
    `${headline} | Quillmarsh Courier`,
    '',
    'By Jane Doe, Quillmarsh Courier',
    '',
    ...body.flatMap((p) => [p, '']),
    'Share this article',
    '',
    'Sign up for our newsletter',
    '',
    '© 2024 Quillmarsh Courier. All rights reserved.',
  ].join('\n');
}

describe('line memo (verdicts remembered for a short line text)', () => {
  it('remembers a short line, passes over a long one, and empties when full', () => {
    const memo = new LineMemo<number>(10, 2);
    let judged = 0;
    const judge = (verdict: number) => () => (judged++, verdict);
    assert.equal(memo.remembered('a', judge(1)), 1);
    assert.equal(memo.remembered('a', judge(9)), 1, 'the remembered verdict');
    assert.equal(judged, 1);
    const long = 'x'.repeat(11);
    assert.equal(memo.remembered(long, judge(2)), 2);
    assert.equal(memo.remembered(long, judge(5)), 5, 'a long text is judged every time');
    memo.remembered('b', judge(3));
    memo.remembered('c', judge(4));
    assert.equal(memo.remembered('a', judge(6)), 6, 'emptied when a third text came');
    assert.equal(memo.remembered('a', judge(7)), 6);
  });

  it('empties when what the check also reads changes', () => {
    let version = 0;
    const memo = new LineMemo<string>(10, 100, () => version);
    assert.equal(
      memo.remembered('a', () => 'before'),
      'before',
    );
    assert.equal(
      memo.remembered('a', () => 'again'),
      'before',
    );
    version++;
    assert.equal(
      memo.remembered('a', () => 'after'),
      'after',
    );
  });

  it('remembers a verdict of null (no rule), not only truthy ones', () => {
    const memo = new LineMemo<string | null>();
    assert.equal(
      memo.remembered('Home', () => null),
      null,
    );
    assert.equal(
      memo.remembered('Home', () => 'menu'),
      null,
    );
  });

  it('a page cleaned twice in one run, another page of the site between, drops the same lines', () => {
    const first = page('Ferry leaves earlier', BODY);
    const once = cleanText(first);
    cleanText(page('Quay cafés fear for trade', [...BODY].reverse()));
    const twice = cleanText(first);
    assert.deepEqual(twice, once);
    assert.ok(once.dropped.length >= 4, 'the site lines are dropped');
    assert.equal(phraseReason('Sign up for our newsletter'), phraseReason('Sign up for our newsletter'));
  });

  it('the same folder votes and outlet for a page read twice', () => {
    const text = page('Ferry leaves earlier', BODY);
    assert.deepEqual(folderVotes(text), folderVotes(text));
    assert.deepEqual(inferMetadata(cleanText(text)), inferMetadata(cleanText(text)));
  });

  it("follows a change of the corpus's own outlets: a line read before is read again", () => {
    const text = ['Ferry leaves earlier | The Quill', '', ...BODY.flatMap((p) => [p, '']), 'quillmarsh-courier.test'].join('\n');
    const outlet = () => inferMetadata(cleanText(text)).outlet?.value;
    const before = outlet();
    try {
      useCorpusOutlets(parseOutletList('Quillmarsh Courier\tThe Quill|QC\tquillmarsh-courier.test\tGB\ten\tnewspaper').outlets);
      assert.equal(outlet(), 'Quillmarsh Courier', "the list's name, though the lines were read before");
      useCorpusOutlets([]);
      assert.equal(outlet(), before, 'as before once the list is as it was');
      assert.notEqual(before, 'Quillmarsh Courier');
    } finally {
      useCorpusOutlets([]);
    }
  });

  it('a name the list makes an agency: its lines read again for listed names and folder votes', () => {
    const text = [
      'Ferry leaves earlier | Brenmoor Wire Service',
      '',
      ...BODY.flatMap((p) => [p, '']),
      '© 2024 Brenmoor Wire Service',
      '',
      'brenmoor-wire.test',
    ].join('\n');
    const clean = cleanText(text);
    const listedKinds = () => listedCandidates(clean, pageLines(clean)).candidates.map((c) => c.kind);
    const voted = () => folderVotes(text).map((v) => v.name);
    assert.deepEqual(listedKinds(), []);
    assert.deepEqual(voted(), ['Brenmoor Wire Service', 'brenmoor-wire.test']);
    try {
      useCorpusOutlets(parseOutletList('Brenmoor Wire Service\tBWS\tbrenmoor-wire.test\tGB\ten\tagency').outlets);
      assert.deepEqual(listedKinds(), ['listed-title-site', 'listed-copyright', 'listed-address']);
      assert.deepEqual(voted(), [], "a wire's name is no folder's outlet");
    } finally {
      useCorpusOutlets([]);
    }
    assert.deepEqual(listedKinds(), []);
    assert.deepEqual(voted(), ['Brenmoor Wire Service', 'brenmoor-wire.test']);
  });

  it("keeps a remembered line's own text, not the page it was cut from", () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const memo = new LineMemo<number>();
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      // A page of 200 KB, one short line of which is remembered; the page itself is let go.
      const text = `${'A long paragraph of the story. '.repeat(6500)}\nSubscribe to the Quillmarsh Courier ${i}\n`;
      const line = text.split('\n')[1]!;
      memo.remembered(line, () => i);
    }
    gc();
    const kept = process.memoryUsage().heapUsed - before;
    assert.ok(kept < 4e6, `${(kept / 1e6).toFixed(1)} MB kept for 100 short lines`);
    assert.equal(
      memo.remembered('Subscribe to the Quillmarsh Courier 7', () => -1),
      7,
    );
    const cut = `${'x'.repeat(100)}\nSubscribe to the Quillmarsh Courier 3`.split('\n')[1]!;
    assert.equal(ownCopy(cut), 'Subscribe to the Quillmarsh Courier 3');
    assert.equal(ownCopy('short'), 'short');
  });
});
