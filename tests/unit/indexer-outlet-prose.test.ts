/**
 * The outlet named inside the story by a phrase of the trade ("told X", "siger til X", "according
 * to X"), which needs the page's furniture to agree (issue 18). Every page here is invented for the test (invented outlets, invented text).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PageLine } from '../../indexer/infer/outlet-candidates.ts';
import { quotedBefore } from '../../indexer/infer/outlet-phrase-match.ts';
import { furnitureWords, proseNames } from '../../indexer/infer/outlet-prose.ts';
import { articleFromFile, loadLanguageDetector } from '../../indexer/pipeline.ts';
import { HEADLINE, PARAS } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

function read(text: string): { outlet: string; from: string } {
  const r = articleFromFile({ bytes: Buffer.from(text), source: 'page.txt' });
  assert.ok(r.ok, r.ok ? '' : r.skip.reason);
  return { outlet: r.article.outlet, from: r.article.provenance.outlet ?? '' };
}
const line = (text: string, n: number, reason: string | null = null): PageLine => ({
  line: n,
  text,
  reason,
  words: text.split(' ').length,
});
/** The names read from a line, as if every capitalised word of it were in the page's furniture too. */
const names = (lines: PageLine[]) => {
  const furniture = new Set(lines.flatMap((l) => l.text.match(/[\p{Lu}\p{N}][\p{L}\p{N}-]*/gu) ?? []));
  return proseNames(lines, furniture).map((c) => `${c.value} ${c.score}`);
};

describe('a publication named by a phrase of the trade', () => {
  it('reads the name after an interview or citation phrase, and before a reporting verb, in several languages', () => {
    assert.deepEqual(names([line('The skipper told the Quayside Courier that the crossing would move.', 1)]), ['Quayside Courier 1.5']);
    assert.deepEqual(names([line('Det bekræfter havnechefen, der siger til Havnebladet, at færgen flyttes.', 1)]), ['Havnebladet 1.5']);
    assert.deepEqual(names([line('Le capitaine, contacté par Le Phare du Port, confirme le nouvel horaire.', 1)]), [
      'Le Phare du Port 1.5',
    ]);
    assert.deepEqual(names([line('Según Diario del Muelle, el primer barco saldrá media hora antes.', 1)]), ['Diario del Muelle 1']);
    assert.deepEqual(names([line('The Harbour Gazette reported that the board met on Monday.', 1)]), ['The Harbour Gazette 1']);
    // Capitals that are a stop word in another language are still a name ("MOT" is Norwegian "against").
    assert.deepEqual(names([line('Havnesjefen forteller til MOT at ferja går som vanlig i morgen.', 1)]), ['MOT 1.5']);
  });

  it('reads no person, no clause opener and no run across a sentence end', () => {
    assert.deepEqual(names([line('The minister told Jane Doe on Monday that fares would stay the same.', 1)]), []);
    assert.deepEqual(names([line('Officials reported that the pier would close. This reported nothing new.', 1)]), []);
    assert.deepEqual(names([line('Everyone who called was told Harbourline. The minister said more.', 1)]), ['Harbourline 1.5']);
  });

  it('reads only names the furniture writes too', () => {
    const line1 = line('The skipper told the Quayside Courier that the crossing would move.', 5);
    assert.deepEqual(proseNames([line1], new Set(['Harbour'])), []);
    assert.deepEqual(
      proseNames([line1], furnitureWords([line('Quayside Courier | Local', 1), line1])).map((c) => c.value),
      ['Quayside Courier'],
    );
  });

  it('does not name the outlet from the story alone, however often the story repeats it', () => {
    const told = `${HEADLINE}\n\n${PARAS[0]} The skipper told the Quayside Courier he was pleased.\n\n${PARAS[1]} The Quayside Courier reported the fares last week.\n\n${PARAS[2]}`;
    assert.equal(read(told).outlet, 'Unknown');
  });

  it('takes no short sentence of the story for furniture', () => {
    const page = `${HEADLINE}\n\nQuayside Courier readers welcomed the change.\n\n${PARAS[0]} The skipper told the Quayside Courier he was pleased.\n\n${PARAS[1]}`;
    assert.equal(read(page).outlet, 'Unknown');
  });

  it("reads an address after a phrase as another site quoted, not the page's own", () => {
    const page = `${HEADLINE}\n\nHarbourline skipper Jo Carr has welcomed the change.\n\n${PARAS[0]}\n\nCarr told Harbourline's website www.harbourline.com: "The crews asked for it."\n\n${PARAS[1]}`;
    assert.equal(read(page).outlet, 'Unknown');
    assert.ok(quotedBefore("Carr told Harbourline's website") && quotedBefore('according to') && !quotedBefore('Timetables are on'));
  });

  it('names it when the page writes the same name in its furniture too', () => {
    const page = [
      'Quayside Courier | Local | Sport',
      '',
      HEADLINE,
      '',
      `${PARAS[0]} The skipper told the Quayside Courier he was pleased with the change.`,
      '',
      PARAS[1],
      '',
      PARAS[2],
    ].join('\n');
    const { outlet, from } = read(page);
    assert.equal(outlet, 'The Quayside Courier');
    assert.match(from, /interview phrase/);
    assert.match(from, /furniture on line 1/);
  });
});
