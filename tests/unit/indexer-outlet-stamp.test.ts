/**
 * A time, a date or a number is never an outlet (issue 18): a byline's "• 19 March 2016 • 14:00"
 * appended to the title line was read as its site suffix, and a view counter beside the stamp's
 * date as the name beside it. The title still sheds the stamp; no outlet comes of it. The pages
 * are invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { splitAppendedNames } from '../../indexer/clean/title.ts';
import { isStampNotName } from '../../indexer/infer/dates.ts';
import { HEADLINE, PARAS, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const packed = (...lines: string[]) => lines.join('\n');

describe('a stamp is never an outlet', () => {
  it('tells a clock time, a number and a date from a name', () => {
    for (const stamp of ['14:00', '1270', '21.04', '19 March 2016']) assert.ok(isStampNotName(stamp), stamp);
    for (const name of ['Quayline News', 'Harbour 24', 'harbourlight.com']) assert.ok(!isStampNotName(name), name);
  });

  it('takes a date and a time appended to the title line off the headline, but not as its site', () => {
    assert.deepEqual(splitAppendedNames(`${HEADLINE} • 19 March 2016 • 14:00`), { headline: HEADLINE, site: null });
    assert.deepEqual(splitAppendedNames(`${HEADLINE} • 19 March 2016 • Quayline News`), { headline: HEADLINE, site: 'Quayline News' });
  });

  it('settles no outlet from a title line ending in a date and a time', () => {
    const text = packed(`${HEADLINE} • 19 March 2016 • 14:00`, ...PARAS);
    const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
    assert.ok(r.ok);
    assert.equal(r.article.title, HEADLINE);
    assert.equal(r.article.outlet, 'Unknown');
  });

  it('settles no outlet from a view counter beside the stamp line', () => {
    assert.equal(outletOf(packed('09:15 12.03 4821', HEADLINE, ...PARAS)), 'Unknown');
  });
});
