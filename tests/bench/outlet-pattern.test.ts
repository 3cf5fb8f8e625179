/**
 * The outlet-pattern bench reads a pattern off a page's raw lines and sorts each reading against the
 * page's labelled outlet as the scorer compares names: the page's own outlet, someone else, or a page
 * whose truth knows no outlet. The page and outlets are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { patternReadings } from '../../bench/ingest/outlet-pattern.ts';

const PAGE = [
  'Ferry timetable changes from the spring',
  'Source: www.harbourgazette.example',
  'The harbour board will move the first crossing half an hour earlier.',
  'Source: Portmore Radio',
].join('\n');
const SOURCE = /source:\s*(\S.*)/giu;

describe('bench/ingest/outlet-pattern: a shape read against the labelled outlet', () => {
  it('sorts each reading by whose name it is, with its line', () => {
    const readings = patternReadings(SOURCE, PAGE, { outlet: 'The Harbour Gazette' });
    assert.deepEqual(
      readings.map((r) => [r.line, r.name, r.verdict]),
      [
        [2, 'www.harbourgazette.example', 'own'],
        [4, 'Portmore Radio', 'other'],
      ],
    );
  });

  it('says so when the truth knows no outlet, and reads the whole match when nothing is captured', () => {
    assert.deepEqual(
      patternReadings(SOURCE, PAGE, { outlet: '?' }).map((r) => r.verdict),
      ['unlabelled', 'unlabelled'],
    );
    assert.deepEqual(
      patternReadings(/Portmore Radio/gu, PAGE, { outlet: 'Portmore Radio' }).map((r) => [r.name, r.verdict]),
      [['Portmore Radio', 'own']],
    );
  });
});
