import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { ArticleInput } from '../../engine/contract/types.ts';
import { dateFromPath } from '../../indexer/infer/path.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import type { StatedMeta } from '../../indexer/types.ts';

await loadLanguageDetector();

function article(text: string, source = 'story.txt', manifestEntry?: StatedMeta): ArticleInput {
  const result = articleFromFile({ bytes: Buffer.from(text), source, manifestEntry });
  assert.ok(result.ok, result.ok ? '' : result.skip.reason);
  return result.article;
}
const fixture = (name: string) => readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), 'utf8');
const BODY = 'The council approved the new budget on Tuesday after a long debate about road repairs.';

describe('metadata: precedence', () => {
  const text = [
    '---',
    'outlet: Front Matter Times',
    'date: 2020-01-02',
    'title: Front title',
    '---',
    'Text title',
    '(Reuters) Updated: 2019-04-02 08:15',
    BODY,
  ].join('\n');

  it('takes the manifest over front matter, path and text', () => {
    const a = article(text, '2018/05/story.txt', { outlet: 'Manifest Post', date: '2021' });
    assert.deepEqual([a.outlet, a.date, a.year, a.title], ['Manifest Post', '2021', 2021, 'Front title']);
    assert.deepEqual(
      [a.provenance.outlet, a.provenance.date, a.provenance.year, a.provenance.title],
      ['manifest', 'manifest', 'manifest', 'front matter'],
    );
  });

  it('takes front matter over the path and the text', () => {
    const a = article(text, '2018/05/story.txt');
    assert.deepEqual([a.outlet, a.date, a.provenance.date], ['Front Matter Times', '2020-01-02', 'front matter']);
  });

  it('takes a date from the path over one in the text', () => {
    const a = article(['Text title', '(Reuters) Updated: 2019-04-02 08:15', BODY].join('\n'), 'archive/2018/05/story.txt');
    assert.deepEqual([a.date, a.year, a.provenance.date], ['2018-05', 2018, "path 'archive/2018/05/'"]);
  });

  it('lets a manifest null settle a field as empty and stop inference', () => {
    const a = article(['Text title', '(Reuters) Updated: 2019-04-02 08:15', BODY].join('\n'), 'story.txt', { agency: null });
    assert.equal(a.agency, null);
    assert.equal(a.provenance.agency, 'manifest');
  });

  it('falls back to "Unknown" outlet and null date when nothing says', () => {
    const a = article(['Council approves road budget', BODY].join('\n'));
    assert.deepEqual([a.outlet, a.date, a.year, a.agency, a.carriedBy, a.url, a.language], ['Unknown', null, null, null, null, null, 'en']);
    assert.equal(a.provenance.date, 'none found');
  });
});

describe('metadata: dates from the path', () => {
  it('reads year, month and day folders', () => {
    assert.deepEqual(dateFromPath('news/2012/11/21/gaza.txt'), { value: '2012-11-21', from: "path 'news/2012/11/21/'" });
    assert.deepEqual(dateFromPath('2012/gaza.txt'), { value: '2012', from: "path '2012/'" });
  });

  it('reads a file name that starts with an ISO date', () => {
    assert.deepEqual(dateFromPath('world/2012-11-21-gaza-truce.txt'), {
      value: '2012-11-21',
      from: "file name '2012-11-21-gaza-truce.txt'",
    });
  });

  it('does not read folders that only look like numbers as dates', () => {
    assert.equal(dateFromPath('batch-2012x/story.txt'), null);
    assert.equal(dateFromPath('world/2012-13-40-story.txt'), null);
    assert.equal(dateFromPath('1234/story.txt'), null);
  });
});

describe('metadata: inference from the text', () => {
  it('takes the title from the headline line and says which line', () => {
    const a = article(fixture('copyright-only.txt'));
    assert.equal(a.title, 'Library opens late on weekdays for exam season');
    assert.equal(a.provenance.title, 'headline line 1');
  });

  it('names the original outlet from a syndication line and the title-line site as the carrier', () => {
    const a = article(fixture('harbor-repost.txt'));
    assert.equal(a.title, 'Ferry fares to rise for island commuters');
    assert.equal(a.outlet, 'The Harbor Gazette');
    assert.equal(a.provenance.outlet, "syndication line 'appeared first on The Harbor Gazette'");
    assert.equal(a.carriedBy, 'Coastline Reposts');
    assert.equal(a.provenance.carriedBy, "title-line site suffix 'Coastline Reposts'");
  });

  it('reads the carrier beside a stated outlet, but never names the stated outlet its own carrier', () => {
    const original = article(fixture('harbor-repost.txt'), 'story.txt', { outlet: 'The Harbor Gazette' });
    assert.deepEqual([original.outlet, original.carriedBy], ['The Harbor Gazette', 'Coastline Reposts']);
    const carrier = article(fixture('harbor-repost.txt'), 'story.txt', { outlet: 'Coastline Reposts' });
    assert.deepEqual([carrier.outlet, carrier.carriedBy, carrier.provenance.carriedBy], ['Coastline Reposts', null, 'none named']);
  });

  it('takes the outlet from a title-line site suffix when nothing else names one', () => {
    assert.equal(article(['Council budget approved | The Civic Wire', BODY].join('\n')).outlet, 'The Civic Wire');
  });

  it('takes a short brand from a "click for full coverage" promotion', () => {
    const a = article(
      ['Council approves road budget', BODY, 'Click for full CivicWire coverage', 'Repairs will start in spring.'].join('\n'),
    );
    assert.equal(a.outlet, 'CivicWire');
    assert.equal(a.provenance.outlet, "promotion 'Click for full CivicWire coverage'");
  });

  it('reads the agency from a stamp, and the date from the same stamp', () => {
    const a = article(['Council approves road budget', '(Agencies) Updated: 2019-04-02 08:15', BODY].join('\n'));
    assert.deepEqual([a.agency, a.date, a.year], ['Agencies', '2019-04-02', 2019]);
    assert.equal(a.provenance.date, "stamp '(Agencies) Updated: 2019-04-02 08:15'");
    assert.equal(a.outlet, 'Unknown', '"Agencies" is not an outlet');
  });

  it('takes a named wire agency in an agency/photographer credit as the outlet when nothing else is named', () => {
    const a = article(['Council approves road budget', BODY, 'AFP/Jane Doe'].join('\n'));
    assert.deepEqual([a.agency, a.outlet], ['AFP', 'AFP']);
    assert.equal(a.provenance.outlet, "credit 'AFP/Jane Doe', no other outlet named");
  });

  it('reads the agency from a credit line that names only the agency, under its usual short name', () => {
    const a = article(['Council approves road budget', 'By Tom Baker', 'Associated Press', BODY].join('\n'));
    assert.deepEqual([a.agency, a.provenance.agency], ['AP', "credit 'Associated Press'"]);
  });

  it('does not take an agency the story merely mentions', () => {
    const a = article(
      [
        'Council approves road budget',
        'The mayor told Reuters (AFP) that the vote was close, according to several officials present.',
        BODY,
      ].join('\n'),
    );
    assert.equal(a.agency, null);
  });

  it('records an agency that only contributed, without making it the outlet', () => {
    const a = article(fixture('one-per-line-headings.txt'));
    assert.equal(a.agency, 'Reuters');
    assert.equal(a.outlet, 'Unknown');
  });

  it('reads a dateline at the start of the first paragraph', () => {
    const a = article(
      ['Council approves road budget', 'LEEDS, April 2, 2019 (Reuters) - The council approved the budget on Tuesday.'].join('\n'),
    );
    assert.deepEqual([a.date, a.agency], ['2019-04-02', 'Reuters']);
    assert.equal(a.provenance.date, "dateline 'LEEDS, April 2, 2019'");
  });

  it('reads a written date in the page head above the article', () => {
    const a = article(fixture('orbit-daily-rover.txt'));
    assert.deepEqual([a.date, a.year], ['2019-03-03', 2019]);
    assert.equal(a.provenance.date, "stamp 'Published: 3 March 2019 10:12 GMT'");
  });

  it('does not take a date mentioned in the story as the publication date', () => {
    const a = article(['Council approves road budget', 'The budget, first proposed on 4 May 2017, was approved on Tuesday.'].join('\n'));
    assert.equal(a.date, null);
  });
});

describe('metadata: a copyright year', () => {
  it('is recorded as a hint and never sets the year', () => {
    const a = article(fixture('copyright-only.txt'));
    assert.equal(a.year, null);
    assert.equal(a.date, null);
    assert.deepEqual(a.hints, ['copyright notice 2023']);
  });

  it('names the copyright holder as the outlet when nothing better does', () => {
    const a = article(fixture('copyright-only.txt'));
    assert.equal(a.outlet, 'Valley Echo Newspapers');
    assert.match(a.provenance.outlet!, /^copyright notice/);
  });

  it('loses to a real publication date', () => {
    const a = article(fixture('orbit-daily-rover.txt'));
    assert.equal(a.year, 2019);
    assert.deepEqual(a.hints, ['copyright notice 2021']);
  });
});
