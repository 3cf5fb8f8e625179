import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isWidgetName } from '../../indexer/clean/title-shapes.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { splitAppendedNames } from '../../indexer/clean/title.ts';

// Invented text: a story about a ferry, and the lines a page's top stacks over it.
const BODY = 'The Porthaven ferry left an hour late on Monday after the crew found a crack in the loading ramp, the operator said.';
const BODY2 =
  'Engineers checked the ferry ramp through the morning while passengers waited on the quay, and the evening crossing was cancelled.';

const headlineOf = (top: string[], body = [BODY, BODY2]) => cleanText([...top, ...body].join('\n\n')).headline?.text;

describe('title: a byline in the trade words of any language is no headline', () => {
  it('does not let a Korean byline printed twice outscore the headline above it', () => {
    // A headline sharing no word with the text (as agreement reads words in a script without case, often).
    const unrelated = 'Mayor walks the market streets to ask for votes';
    assert.equal(headlineOf(['• 사회', unrelated, '김철수 기자', '김철수 기자', '승인 2024-05-30 11:19']), unrelated);
  });

  it('keeps the headline over a Romance byline and a date, with a shorter copy of it below', () => {
    const top = [
      'Porthaven ferry ramp cracks! The crew stops the crossing, the operator apologises',
      'De Ana Pop',
      'Publicat: 12.04.2024, 22:30',
    ];
    assert.equal(headlineOf([...top, 'Porthaven ferry ramp cracks', 'Porthaven ferry ramp cracks']), top[0]);
  });
});

describe("title: a control's own name is no headline", () => {
  it('knows screen-reader names of controls', () => {
    for (const t of ['Search icon', 'previous arrow', 'next arrow', 'Open Navbar', 'Close Navbar', 'Site logo'])
      assert.ok(isWidgetName(t), t);
  });

  it('does not read short headlines or sentences as such names', () => {
    for (const t of ['Fashion icon dies at 90', 'The arrow of time', 'Porthaven ferry ramp cracks', 'Icon']) assert.ok(!isWidgetName(t), t);
  });

  it('takes the headline under a search icon, a section and a date', () => {
    const headline = 'How to write the perfect match report for your club website';
    assert.equal(
      headlineOf(['Search icon', 'Sport', '26th Apr 2017', headline, 'Jane Doe'], ['You would think a ferry runs on time.', BODY, BODY2]),
      headline,
    );
  });

  it("takes the headline under a slider's arrows", () => {
    const headline = 'Porthaven ferry stays in port for a week…';
    const top = ['• Sun. Dec 7th, 2025', 'Photo 2025-12-05 at 06.06.40 (2)', 'previous arrow', 'next arrow', 'Read Now'];
    assert.equal(headlineOf([...top, headline, 'ByJANE DOE', 'Aug 18, 2025']), headline);
  });
});

describe('title: a question headline under a date stamp', () => {
  it('takes the headline ending in a question mark under an edition date and a section', () => {
    const headline = 'Porthaven ferry: who pays for the cracked ramp ?';
    assert.equal(headlineOf(['Édition du mardi 2 décembre 2025', 'Ferries', headline], [BODY, BODY2]), headline);
  });
});

describe('title: the story heading over its date, a subheading under it', () => {
  const P1 =
    'As you may have heard, Porthaven gets a new ferry captain. But how does that work? Who decides who the captain will be? ' +
    'That is up to the harbour board, which meets on Thursday evening in the old customs house by the quay. The board has nine ' +
    'members, and each of them may put forward a name before the meeting, as the rules of the harbour have said for many years.';
  const P2 =
    'Before that happens, the board checks whether the candidate may take the post at all. The rules for that check were set by the board.';
  const page = (top: string) => `${top}\nThe board decides\n${P1}\n\nIntegrity check\n${P2}\n`;

  it('takes the heading above the date, not the subheading right above the text', () => {
    assert.equal(cleanText(page('Procedure new captain\n\n28 January 2021\n')).headline?.text, 'Procedure new captain');
  });

  it('still takes a longer headline under a section name and a date', () => {
    const headline = 'Porthaven board picks a new ferry captain on Thursday';
    assert.equal(
      cleanText(page(`Harbour\n\n28 January 2021\n\n${headline}\n`).replace('The board decides\n', '')).headline?.text,
      headline,
    );
  });
});
describe('cookie notice in the passive voice', () => {
  it('knows "cookies are used on this site" in Russian', () => {
    assert.notEqual(phraseReason('На сайте используются cookies. Продолжая использовать сайт, вы принимаете условия'), null);
  });
});

describe('title: a sum of money between dashes is the headline’s own', () => {
  it('does not cut "- $2 Million - 2nd Round" off as names', () => {
    assert.equal(splitAppendedNames('Ferry Ramp Fund - $2 Million - 2nd Round'), null);
  });

  it('still cuts a section and a site off', () => {
    assert.deepEqual(splitAppendedNames('Ferry ramp fund doubles - Local News - Harbour Gazette'), {
      headline: 'Ferry ramp fund doubles',
      site: 'Harbour Gazette',
    });
  });
});
