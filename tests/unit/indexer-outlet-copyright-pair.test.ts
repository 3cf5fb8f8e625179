/**
 * A notice writing the site's name beside its address (issue 18, task 18own): the name in any
 * script joins the address's evidence and gives the outlet its name. Every name, address and
 * notice here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { outletCandidates, pageLines } from '../../indexer/infer/outlet-candidates.ts';
import { cleanText } from '../../indexer/clean/index.ts';
import { BODY, HEADLINE, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

/** The pair candidates of a page, as name and group. */
function pairs(text: string): Array<[string, string | undefined]> {
  const clean = cleanText(text);
  return outletCandidates(clean, pageLines(clean))
    .filter((c) => c.kind === 'copyright-pair')
    .map((c) => [c.value, c.group]);
}

describe('a name beside its address in the site’s notice', () => {
  it('names the outlet the address and a writer’s e-mail agree on by the name the notice gives it', () => {
    const page = `${HEADLINE}\n\n${BODY}\n\nJane Roe, reporter jane@hafenblatt.com\n\n[ⓒ 항구신문 & Hafenblatt.com, 무단전재 금지]\n`;
    assert.equal(outletOf(page), '항구신문');
  });

  it('reads the address in brackets after the name, and after a bar', () => {
    assert.deepEqual(pairs(`${HEADLINE}\n\n${BODY}\n\n© 2024 Гавань Вести (gavanvesti.ru)\n`), [['Гавань Вести', 'gavanvesti']]);
    assert.deepEqual(pairs(`${HEADLINE}\n\n${BODY}\n\nCopyright Harbour Lamp | harbourlamp.co.uk\n`), [['Harbour Lamp', 'harbourlamp']]);
  });

  it('leaves a notice without an address, a picture credit and a sentence of the story alone', () => {
    assert.deepEqual(pairs(`${HEADLINE}\n\n${BODY}\n\n© 2024 Harbour Lamp. All rights reserved.\n`), []);
    assert.deepEqual(pairs(`${HEADLINE}\n\n${BODY}\n\nPhoto © Jane Roe / janeroe.com\n`), []);
    assert.deepEqual(pairs(`${HEADLINE}\n\n${BODY}\n\nFoto: © Квадрат Вести / kvadratvesti.ru\n`), []);
    const story = `${HEADLINE}\n\n${BODY}\n\nThe board said the copyright of the old timetable, printed by Harbour Lamp & harbourlamp.com in the seventies for the ferry company, had lapsed long before the new crossing times were agreed.\n`;
    assert.deepEqual(pairs(story), []);
  });

  it('is not enough alone', () => {
    assert.equal(outletOf(`${HEADLINE}\n\n${BODY}\n\n[ⓒ 항구신문 & hafenblatt.com, 무단전재 금지]\n`), 'Unknown');
  });
});
