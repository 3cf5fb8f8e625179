/**
 * A match's result box above its report (issue 18: body lines lost as 'navigation'): the score
 * line and the teams or scorers stacked against it stay when the report below agrees with them
 * (repeats the score, names the teams). The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';

const HEADLINE = 'Rovers snatch a late point at the harbour ground';
const P1 =
  'Harbour Rovers came from behind twice to earn a 2-2 draw against Kestrel Town on Saturday afternoon, with a header deep in stoppage time.';
const P2 =
  'Kestrel Town led through a first-half penalty and again after the break, but the visitors never stopped pressing for an equaliser.';
const P3 = 'The point lifts Rovers to sixth place in the table, two points behind the play-off places with four matches left to play.';
/** The same match told without its score: a live report's first updates. */
const Q1 = 'Welcome to our coverage of the match between Kestrel Town and Harbour Rovers, which kicks off in a few minutes from now.';

const page = (...blocks: string[]) => blocks.join('\n\n');
const kept = (text: string) => cleanText(text).kept.map((l) => l.text);

describe("a match's result box above its report", () => {
  it('keeps the score line whose score the report repeats', () => {
    const text = page('Scores', 'Fixtures', HEADLINE, 'Result 2 - 2 (1 - 0)', 'Referee J. Smith', P1, P2, P3);
    assert.ok(kept(text).includes('Result 2 - 2 (1 - 0)'));
  });

  it('keeps the score line and the teams stacked against it when the report names the teams', () => {
    const text = page('Scores', 'Fixtures', HEADLINE, 'Kestrel Town\n1:1 (0:0)\nHarbour Rovers', Q1, P2, P3);
    const out = kept(text);
    for (const line of ['Kestrel Town', '1:1 (0:0)', 'Harbour Rovers']) assert.ok(out.includes(line), line);
  });

  it('still drops a score box printed twice (a copy, not the story)', () => {
    const text = page('Scores', HEADLINE, 'Kestrel Town - Harbour Rovers 2-2', 'Kestrel Town - Harbour Rovers 2-2', P1, P2, P3);
    assert.ok(!kept(text).includes('Kestrel Town - Harbour Rovers 2-2'));
  });

  it("still drops another match's score that the report neither repeats nor names", () => {
    const text = page('Scores', 'Fixtures', HEADLINE, 'Oakridge\n3-0\nMillbrook', P1, P2, P3);
    const out = kept(text);
    for (const line of ['Oakridge', '3-0', 'Millbrook']) assert.ok(!out.includes(line), line);
  });

  it("still drops another match's result stacked against the box (a ticker)", () => {
    const text = page('Scores', 'Fixtures', HEADLINE, 'Kestrel Town\n1:1 (0:0)\nHarbour Rovers 3-0 Oakridge', Q1, P2, P3);
    assert.ok(!kept(text).includes('Harbour Rovers 3-0 Oakridge'));
  });

  it('reads a clock time as no score', () => {
    const text = page('Scores', 'Fixtures', HEADLINE, 'Referee J. Smith', 'Kick-off 15:30', `${P1} The match kicked off at 15:30.`, P2, P3);
    assert.ok(!kept(text).includes('Kick-off 15:30'));
  });
});
