/**
 * A bulleted list of other stories' headlines that ends the page, below the story, with or
 * without a headline found above the story (issue 18: on pages whose excerpt starts inside the
 * story no title line is found, and such lists were kept). Each case that drops has a list of the
 * story's own, of nearly the same shape, that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

/** Other stories' headlines under bullets: capitalised, no full stop, some with a topic and a colon. */
const LINKS = [
  '- Ferry timetable: Extra boats on the island route this summer',
  '- Fishermen protest against the new quota at the town hall',
  '- Why the old lighthouse keeper still climbs the tower every night',
  '- Storm warning: Coastal road closed until Sunday morning',
];
/** The story's sign-off, a name and the outlet: the story ends above it, and the sign-off is dropped as its byline. */
const SIGN_OFF = 'Anna Berg, Harbour Gazette';
/** The same page packed line under line, as scrapers print it, with no headline line at all. */
const packed = (...lines: string[]) => lines.join('\n');

describe('bulleted headlines that end the page', () => {
  it("drops them below the story's sign-off on a page with no headline line", () => {
    assert.deepEqual(keptText(packed(P1, P2, P3, SIGN_OFF, ...LINKS)), [P1, P2, P3]);
  });

  it('drops them below a headlined story laid out with blank lines', () => {
    assert.deepEqual(keptText(page(HEADLINE, P1, P2, P3, SIGN_OFF, ...LINKS)), [P1, P2, P3]);
  });

  it("keeps the story's own list printed right under a paragraph or a line introducing it", () => {
    assert.deepEqual(keptText(packed(P1, P2, P3, ...LINKS)).slice(-4), LINKS);
    assert.deepEqual(keptText(packed(P1, P2, P3, 'What the council will decide:', ...LINKS)).slice(-4), LINKS);
  });

  it("keeps the story's own closing points written in lower case", () => {
    const points = [
      '- all ferries cancelled until further notice',
      '- the coastal road closed to lorries',
      '- schools on the island shut on Monday',
    ];
    assert.deepEqual(keptText(packed(P1, P2, P3, SIGN_OFF, ...points)).slice(-3), points);
  });

  it("keeps the story's own points that end in full stops", () => {
    const points = LINKS.map((l) => `${l}.`);
    assert.deepEqual(keptText(packed(P1, P2, P3, SIGN_OFF, ...points)).slice(-4), points);
  });

  it('keeps two bulleted headlines, and a list the story goes on after', () => {
    assert.deepEqual(keptText(packed(P1, P2, P3, SIGN_OFF, ...LINKS.slice(0, 2))).slice(-2), LINKS.slice(0, 2));
    assert.deepEqual(keptText(packed(P1, SIGN_OFF, ...LINKS, P2, P3)).slice(-6, -2), LINKS);
  });
});
