/**
 * Features of the line classifier that hold across sites and languages: stamps (a line that is
 * mostly a date or a time), picture credits closing a caption, lines repeated on the page.
 * Fixtures are invented text in the shapes scraped pages have.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { isStamp } from '../../indexer/clean/stamps.ts';

const kept = (text: string) => cleanText(text).kept.map((l) => l.text);
const reasonOf = (text: string, line: string) => cleanText(text).dropped.find((d) => d.text === line)?.reason ?? null;
const stamp = (line: string) => isStamp(line, line.split(' ').length);

const HEADLINE = 'Library to close after the flood';
const PARAGRAPH_1 = 'The council voted on Tuesday to close the old library, which has stood empty since the flood of last spring.';
const PARAGRAPH_2 = 'Residents said they would ask the mayor to keep the building open for the reading groups that meet there.';
const PARAGRAPH_3 = 'A final decision on the sale of the site is expected at the next meeting of the planning committee in May.';

describe('stamps: lines that are mostly a date or a time', () => {
  it('drops a date or time with the words a template puts around it, in any language', () => {
    for (const line of [
      '3rd Mar 2021 09:15 AM | Updated: 10:02 AM',
      '14:20',
      '• 04/05/2021 07h10 - Atualizado em 04/05/2021 09h45',
      'Lakeside, vr 12 maart 2021',
      'Kowalski 2021-03-04 | Komentarze: 3',
      '2 hours ago',
      'vor 3 Stunden',
      'Hace 20 minutos',
    ]) {
      assert.ok(stamp(line), line);
      assert.equal(phraseReason(line), 'dateline', line);
    }
  });

  it('keeps sentences, scores and fact-box lines that merely hold a date or a number', () => {
    for (const line of [
      'The vote is on 21 March 2021 at the town hall.',
      'Kick-off 15:00',
      'The match lasted 3 hours.',
      'Saturday, 6 March',
      'Rovers 2 United 1',
      'Meet at the ground at 14:30 for the first training session of the new season.',
    ]) {
      assert.equal(stamp(line), false, line);
    }
  });

  it("drops a date with two cue words the lists lack when it carries a clock time or follows a label's colon, in any script's digits", () => {
    for (const line of [
      'Fecha de alta: 4 de marzo de 2021',
      'ontem 4 mar. 2021 pelas 09:15',
      'হালনাগাদ : ০৪ মার্চ, ২০২১, ০৯:১৫ সকাল',
      'নতুন সময় : ০৪ মার্চ ২০২১',
    ]) {
      assert.ok(stamp(line), line);
      assert.equal(phraseReason(line), 'dateline', line);
    }
    const page = [HEADLINE, '', 'Fecha de alta: 4 de marzo de 2021', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(page, 'Fecha de alta: 4 de marzo de 2021'), 'dateline');
    assert.deepEqual(kept(page).slice(-2), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it("keeps a line naming a date with two words and neither a clock time nor a label before it, a numbered label, or a writer's name by a dated clock time", () => {
    for (const line of [
      'Town meeting, 4 March 2021',
      'Doors open 4 March 2021',
      'Round 2: 4 March 2021',
      'Spring fair in town, 4 March 2021',
      'Jane Holm 5 March 2021 10:30',
    ]) {
      assert.equal(stamp(line), false, line);
    }
  });
});

describe('picture credits closing a line', () => {
  it('drops a caption that ends in a credit, whatever the language of the cue', () => {
    for (const line of [
      'The old library has stood empty since the flood. Photo: Jane Doe',
      'Cllr Anna Berg PHOTO: John Smith - Credit: Gazette',
      'Los vecinos se reunieron frente al ayuntamiento. Foto: Ayuntamiento de Lugo',
      'Ein Taschenmesser als Dank für den Hinweis. (Bild: zvg)',
      'The report shows only a third of buses ran on time.Credit: Courier',
    ]) {
      assert.equal(phraseReason(line), 'caption', line);
    }
  });

  it('keeps sentences with a colon after such a word', () => {
    assert.equal(phraseReason('The picture: a town that has lost its library and wants it back.'), null);
    assert.equal(phraseReason('She explained the image: it was taken on the night of the flood.'), null);
  });
});

describe('picture credits closing a caption: more cue forms', () => {
  it('drops a caption closed by "photo by" and a name after its full stop, or by the cue words "fot:", "Bildrechte:", "Bildnachweis:"', () => {
    for (const line of [
      'Firefighters train on the roof of the old depot on Saturday. - photo by Jane Doe',
      'Volunteers clear the riverbank after the flood. Photos by Tom Berg/Harbour Press',
      'Radni miasta podczas sesji w ratuszuŹródło: Urząd Miasta, fot: Jan Kowalski',
      'Die Feuerwehr übt am Samstag auf dem Dach des alten Depots. Bildrechte: Hafenblatt',
      'Die neue Brücke am Abend, von der Mole aus gesehen. Bildnachweis: Stadt Hafen',
    ]) {
      assert.equal(phraseReason(line), 'caption', line);
    }
  });

  it('keeps a sentence that names who took the photos, with no full stop before the credit', () => {
    for (const line of [
      'The gallery opens its new show on Friday – photos by Jane Doe',
      'The exhibition at the old depot is built around photos by Jane Doe',
      'Officers said the photos were taken by Jane Doe.',
      'The council bought the pictures by Tom Berg. The museum will show them in May.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });

  it('drops such a caption between paragraphs and keeps the story around it', () => {
    const caption = 'Firefighters train on the roof of the old depot on Saturday. - photo by Jane Doe';
    const text = [HEADLINE, '', PARAGRAPH_1, '', caption, '', PARAGRAPH_2].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
  });
});

describe('lines repeated on the page', () => {
  it('drops both copies of a caption printed twice in a row above its credit (its alt text and its caption)', () => {
    const caption = 'The reading room of the old library on the day it closed';
    const text = [HEADLINE, '', PARAGRAPH_1, '', caption, '', caption, 'Reuters', '', PARAGRAPH_2].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
    assert.deepEqual(
      cleanText(text)
        .dropped.filter((d) => d.text === caption)
        .map((d) => d.reason),
      ['caption', 'repeated-line'],
    );
  });

  it('drops the second copy of a caption further down, keeps the first', () => {
    const caption = 'The reading room of the old library on the day it closed';
    const text = [HEADLINE, '', PARAGRAPH_1, '', caption, '', PARAGRAPH_2, '', caption, '', PARAGRAPH_3].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, caption, PARAGRAPH_2, PARAGRAPH_3]);
    assert.equal(cleanText(text).dropped.find((d) => d.line === 9)?.reason, 'repeated-line');
  });

  it('keeps the first copy of a paragraph the scraper doubled', () => {
    const text = [HEADLINE, '', PARAGRAPH_1, '', PARAGRAPH_2, PARAGRAPH_2, '', PARAGRAPH_3].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]);
    const caption = 'The reading room of the old library on the day it closed';
    assert.deepEqual(kept([HEADLINE, '', PARAGRAPH_1, '', caption, '', caption, '', PARAGRAPH_2].join('\n')), [
      PARAGRAPH_1,
      caption,
      PARAGRAPH_2,
    ]);
  });

  it('keeps short lines that repeat in a list', () => {
    const text = [
      HEADLINE,
      '',
      PARAGRAPH_1,
      '',
      'Rovers v United',
      'Winners go through',
      'City v Athletic',
      'Winners go through',
      '',
      PARAGRAPH_3,
    ].join('\n');
    assert.equal(kept(text).filter((l) => l === 'Winners go through').length, 2);
  });

  it('keeps a teaser above the headline and its copy as the lead', () => {
    const text = [PARAGRAPH_2, HEADLINE, PARAGRAPH_2, '', PARAGRAPH_1].join('\n');
    assert.equal(reasonOf(text, PARAGRAPH_2), null);
    assert.equal(kept(text).filter((l) => l === PARAGRAPH_2).length, 2);
  });
});

describe('bylines and ad labels, however they are capitalised', () => {
  it('drops a byline whose cue word opens the line in capitals', () => {
    for (const line of [
      'Von Anna Berger',
      'Por Ana Ruiz',
      '• Par Jean Dupont',
      'Door Eva de Vries',
      'Write to Jane Doe at jane.doe@example.com',
    ]) {
      assert.equal(phraseReason(line), 'credit', line);
    }
    assert.equal(phraseReason('Von der Leyen sprach am Dienstag vor dem Parlament in Straßburg.'), null);
  });

  it('drops the Swedish ad label', () => {
    assert.equal(phraseReason('Annons'), 'promotion');
  });
});

describe('lines judged by the chrome around them', () => {
  it('drops a name line next to a stamp or share buttons as a byline', () => {
    const text = [HEADLINE, '', PARAGRAPH_1, '', 'Anna Berger', 'Published 12 March 2021', '', PARAGRAPH_2, '', PARAGRAPH_3].join('\n');
    assert.equal(reasonOf(text, 'Anna Berger'), 'credit');
    const shared = [HEADLINE, '', PARAGRAPH_1, '', 'Tomas van der Berg', 'Share', 'Print', '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(shared, 'Tomas van der Berg'), 'credit');
  });

  it('keeps a name-shaped subheading between paragraphs, and a venue under the headline', () => {
    const between = [HEADLINE, '', PARAGRAPH_1, '', 'Town Hall Plans', '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(between, 'Town Hall Plans'), null);
    const venue = ['Rovers v United', '', 'Riverside Park', '', 'Saturday, 6 March', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(venue, 'Riverside Park'), null);
  });

  it('drops a short label between two chrome lines', () => {
    const text = [
      HEADLINE,
      '',
      PARAGRAPH_1,
      '',
      'Subscribe to our newsletter for free',
      'Podcast corner',
      'Advertisement',
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.equal(reasonOf(text, 'Podcast corner'), 'promotion');
  });
});

describe('lines inside a block of one kind of chrome', () => {
  it("drops a promo box's sentence between two promotions, and a line between two captions", () => {
    const pitch = 'Good local journalism costs money. Support the newsroom that covers your town every day.';
    const promo = [HEADLINE, '', PARAGRAPH_1, '', 'Subscribe now', pitch, 'Advertisement', '', PARAGRAPH_2, '', PARAGRAPH_3].join('\n');
    assert.equal(reasonOf(promo, pitch), 'promotion');
    const caption = 'Volunteers carried the books to the school hall on Saturday morning';
    const photo = [HEADLINE, '', PARAGRAPH_1, '', 'Image caption,', caption, '(Photo: Jane Doe)', '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(photo, caption), 'caption');
  });

  it('keeps a paragraph set off by blank lines between two prompts, an entry between two time stamps, a paragraph between two kinds', () => {
    const spaced = [HEADLINE, '', PARAGRAPH_1, '', 'Subscribe now', '', PARAGRAPH_2, '', 'Advertisement', '', PARAGRAPH_3].join('\n');
    assert.equal(reasonOf(spaced, PARAGRAPH_2), null);
    const live = [HEADLINE, '', PARAGRAPH_1, '', '10:32', PARAGRAPH_2, '10:45', PARAGRAPH_3].join('\n');
    assert.equal(reasonOf(live, PARAGRAPH_2), null);
    const mixed = [HEADLINE, '', PARAGRAPH_1, '', 'Advertisement', PARAGRAPH_2, 'Published 12 March 2021', '', PARAGRAPH_3].join('\n');
    assert.equal(reasonOf(mixed, PARAGRAPH_2), null);
  });
});

describe('the head of a scraped page', () => {
  it('drops short labels under the headline when the page shows chrome anywhere, not on a clean text', () => {
    const scraped = [
      HEADLINE,
      '',
      'Local politics',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
      '',
      'Share this article',
      'All rights reserved 2021',
    ].join('\n');
    assert.equal(reasonOf(scraped, 'Local politics'), 'navigation');
    const clean = [HEADLINE, '', 'Local politics', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(clean, 'Local politics'), null);
  });

  it('drops a lower-case label that continues no line, keeps a hard-wrapped paragraph', () => {
    const text = [HEADLINE, '', 'weekend edition', '', 'Published 12 March 2021', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.equal(reasonOf(text, 'weekend edition'), 'navigation');
    const wrapped = [
      HEADLINE,
      'Published 12 March 2021',
      'The council voted on Tuesday to close',
      'the old library and sell the site',
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.ok(kept(wrapped).includes('The council voted on Tuesday to close'));
    assert.ok(kept(wrapped).includes('the old library and sell the site'));
  });
});

describe('runs of short lines in the head', () => {
  it('drops two short lines printed one under another above the first paragraph, keeps a fact box laid out like the text', () => {
    const run = [HEADLINE, '', 'Politics', 'Town hall', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.deepEqual(kept(run), [PARAGRAPH_1, PARAGRAPH_2]);
    const factBox = [HEADLINE, '', 'Riverside Park', '', 'Saturday, 6 March', '', PARAGRAPH_1, '', PARAGRAPH_2].join('\n');
    assert.deepEqual(kept(factBox), ['Riverside Park', 'Saturday, 6 March', PARAGRAPH_1, PARAGRAPH_2]);
  });
});

describe('packed runs between paragraphs', () => {
  it('drops a block of short lines printed one under another inside a blank-separated text', () => {
    const text = [HEADLINE, '', PARAGRAPH_1, '', 'More on this', 'Town hall budget', 'Bus lanes', '', PARAGRAPH_2, '', PARAGRAPH_3].join(
      '\n',
    );
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3]);
  });

  it("keeps the story's own list: numbers in it, or laid out like the paragraphs", () => {
    const results = [HEADLINE, '', PARAGRAPH_1, '', 'Rovers 2', 'United 1', '', PARAGRAPH_2, '', PARAGRAPH_3].join('\n');
    assert.ok(kept(results).includes('Rovers 2'));
    const spaced = [HEADLINE, '', PARAGRAPH_1, '', 'Opening hours', '', 'Weekdays only', '', PARAGRAPH_2, '', PARAGRAPH_3].join('\n');
    assert.ok(kept(spaced).includes('Weekdays only'));
    const introduced = [
      HEADLINE,
      '',
      PARAGRAPH_1,
      '',
      'Present were the councillors:',
      '',
      '• Berg Anna, - Smith John,',
      '• Lind Eva, - Novak Petr,',
      '',
      PARAGRAPH_2,
      '',
      PARAGRAPH_3,
    ].join('\n');
    assert.ok(kept(introduced).includes('• Lind Eva, - Novak Petr,'));
  });
});

describe('captions signed by an agency', () => {
  it('drops a line that ends in a picture or wire agency signature', () => {
    for (const line of [
      'Residents queue outside the old library on the last day it opened. (Getty Images)',
      'Volunteers carry books out of the flooded reading room (Jane Doe/AFP)',
      'The town hall after the storm / Shutterstock',
    ]) {
      assert.equal(phraseReason(line), 'caption', line);
    }
  });

  it('keeps a paragraph that names its agency in the dateline, and a sentence about an agency', () => {
    assert.equal(phraseReason('LAKESIDE (AFP) - The council voted on Tuesday to close the old library, officials said.'), null);
    assert.equal(phraseReason('The photographs were later sold to a picture agency in London.'), null);
  });
});
