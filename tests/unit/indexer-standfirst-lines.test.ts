/**
 * A short subtitle right under the headline ("Magnitude 4.3") read as a menu item by its shape is
 * the story's first line when it shares a word with the paragraphs below (issue 18: body lines lost
 * as 'navigation' on pages nobody tuned on). Chrome in the same slot stays dropped. Invented text;
 * the shape rules' and the classifier's verdicts are given, as the lines reach this rule after them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepStandfirstLines } from '../../indexer/clean/standfirst-lines.ts';
import { contentLine as line } from '../helpers/content-line.ts';

const HEADLINE = 'Earthquake felt across the northern islands';
const P1 = 'An earthquake of magnitude 4.3 shook the northern islands at dawn, the seismology institute said.';
const P2 = 'No damage was reported, and ferries kept to their timetable through the morning.';

const page = (under: string, reason: string) => [
  line(1, HEADLINE, 'headline'),
  line(3, under, reason),
  line(5, P1, null),
  line(7, P2, null),
];

describe('a subtitle under the headline', () => {
  it('keeps a subtitle that shares a word with the story', () => {
    const lines = page('Magnitude 4.3 at dawn', 'navigation');
    keepStandfirstLines(lines);
    assert.equal(lines[1]!.reason, null);
  });

  it('keeps it under a date stamp too', () => {
    const lines = [
      line(1, HEADLINE, 'headline'),
      line(2, '12.03.2025 06:10', 'dateline'),
      line(3, 'Seismology institute: no damage', 'classifier'),
      line(5, P1, null),
      line(7, P2, null),
    ];
    keepStandfirstLines(lines);
    assert.equal(lines[2]!.reason, null);
  });

  it('keeps it under a byline and a date stamp, not under a section line', () => {
    const under = [
      line(1, HEADLINE, 'headline'),
      line(2, 'By Jane Doe', 'credit'),
      line(3, '12.03.2025', 'dateline'),
      line(4, 'Magnitude 4.3 at dawn', 'navigation'),
      line(5, P1, null),
      line(6, P2, null),
    ];
    keepStandfirstLines(under);
    assert.equal(under[3]!.reason, null);
    const section = [
      line(1, HEADLINE, 'headline'),
      line(2, 'Local news', 'navigation'),
      line(3, 'Magnitude 4.3 at dawn', 'navigation'),
      line(5, P1, null),
      line(6, P2, null),
    ];
    keepStandfirstLines(section);
    assert.equal(section[2]!.reason, 'navigation');
  });

  it('leaves chrome that shares nothing, one word, a lower-case byline, a bracketed credit, a glued counter', () => {
    for (const under of [
      'World News Today',
      'Islands',
      'by Island Press Agency',
      'Northern islands ferry (Island Press)',
      'Northern Islands3',
    ]) {
      const lines = page(under, 'navigation');
      keepStandfirstLines(lines);
      assert.equal(lines[1]!.reason, 'navigation', under);
    }
  });

  it('leaves a line a phrase rule recognised, and a line below the first paragraph', () => {
    const byPhrase = page('Magnitude 4.3 at dawn', 'caption');
    keepStandfirstLines(byPhrase);
    assert.equal(byPhrase[1]!.reason, 'caption');
    const lower = [line(1, HEADLINE, 'headline'), line(3, P1, null), line(5, 'Magnitude 4.3 at dawn', 'navigation'), line(7, P2, null)];
    keepStandfirstLines(lower);
    assert.equal(lower[2]!.reason, 'navigation');
  });
});
