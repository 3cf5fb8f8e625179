import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { keepStandfirstCopy } from '../../indexer/clean/standfirst-copy.ts';
import { contentLine as line } from '../helpers/content-line.ts';

// Invented text. The classifier's verdicts are given, as the lines reach this rule after it.
const STANDFIRST = 'On Saturday the radio van stops in the valley villages, and on Sunday at the regatta on the mill island';

describe('a standfirst printed twice, its first copy dropped by the classifier', () => {
  it('keeps the first copy when the later one was dropped as a repeat', () => {
    const lines = [
      line(1, 'Summer tour: the radio van visits the villages', 'headline'),
      line(3, '2024-06-22, 09:50 Newsroom', 'dateline'),
      line(4, STANDFIRST, 'classifier'),
      line(6, STANDFIRST, 'repeated-line'),
    ];
    keepStandfirstCopy(lines);
    assert.equal(lines[2]!.reason, null);
    assert.equal(lines[3]!.reason, 'repeated-line');
  });

  it('leaves a repeated line the classifier dropped away from the headline', () => {
    const lines = [
      line(1, 'Summer tour: the radio van visits the villages', 'headline'),
      line(3, 'The van left the studio at dawn and reached the first village before the market opened its stalls.', null),
      line(5, STANDFIRST, 'classifier'),
      line(7, STANDFIRST, 'repeated-line'),
    ];
    keepStandfirstCopy(lines);
    assert.equal(lines[2]!.reason, 'classifier');
  });

  it('leaves a standfirst the classifier dropped when nothing repeats it', () => {
    const lines = [line(1, 'Summer tour: the radio van visits the villages', 'headline'), line(3, STANDFIRST, 'classifier')];
    keepStandfirstCopy(lines);
    assert.equal(lines[1]!.reason, 'classifier');
  });
});
