/**
 * Page furniture told by its shape and its neighbours (issue 18): captions next to a caption
 * label, a credit or their own alt text; captions that point at the people in the picture or are
 * an image's file name; ad, paywall and comment-form prompts; reporting credits; lists under a
 * "related" heading. Each rule has a body line of nearly the same shape that must stay. The text
 * is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

const HEADLINE = 'Library to close after the flood';
const P1 = 'The council voted on Tuesday to close the old library, which has stood empty since the flood of last spring.';
const P2 = 'Residents said they would ask the mayor to keep the building open for the reading groups that meet there.';
const P3 = 'A final decision on the sale of the site is expected at the next meeting of the planning committee in May.';

const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((l) => l.text);
const reasonOf = (lines: string[], line: string) => cleanText(lines.join('\n')).dropped.find((d) => d.text === line)?.reason ?? null;

describe('captions by their neighbours', () => {
  it('drops the line after a caption label, whatever its shape', () => {
    const caption = 'The mayor said the building "cannot be saved" at a meeting last week';
    const lines = [HEADLINE, '', P1, '', 'Image source, Lakeside Gazette', 'Image caption,', '', caption, '', P2];
    assert.deepEqual(kept(lines), [P1, P2]);
    assert.equal(reasonOf(lines, caption), 'caption');
    assert.equal(reasonOf(lines, 'Image source, Lakeside Gazette'), 'credit');
  });

  it('drops alt text that is the start of the caption next to it', () => {
    const alt = 'A man walks along the flooded street.';
    const caption = 'A man walks along the flooded street in Lakeside on Saturday. Photo: AP/Jane Doe';
    assert.deepEqual(kept([HEADLINE, '', alt, '', caption, '', P1, '', P2]), [P1, P2]);
  });

  it('drops the copy of a sentence that adds a photographer credit, keeps the sentence', () => {
    const credited = `${P1} — Jane Doe example.com`;
    assert.deepEqual(kept([HEADLINE, '', P1, credited, '', P2]), [P1, P2]);
    // A copy that goes on with more text is not a credited caption.
    assert.deepEqual(kept([HEADLINE, '', P1, `${P1} — and the vote was close, officials said.`, '', P2]).length, 3);
  });

  it('drops a sentence printed right above a picture agency or a "Foto Name" credit', () => {
    const caption = 'Volunteers carry books out of the reading room';
    assert.deepEqual(kept([HEADLINE, caption, 'Getty Images', P1, P2]), [P1, P2]);
    assert.deepEqual(kept([HEADLINE, caption, 'Foto Anna Berger', P1, P2]), [P1, P2]);
    // A wire agency alone signs the story: the paragraph above it stays.
    assert.deepEqual(kept([HEADLINE, P1, P2, P3, 'Reuters']), [P1, P2, P3]);
  });
});

describe('captions by their words', () => {
  it('drops a line that points at the people in the picture or names the kind of picture', () => {
    for (const line of [
      'Jane Doe (left) and John Smith at the opening of the new wing',
      'Anna Berger (rechts) geht mit ihrem Kollegen auf Patrouille.',
      'Anne Holm (tv) er direktør i foreningen.',
      'V.l.n.r. Jan de Vries, Piet Jansen en burgemeester Eva Smit',
      'Board exam results are expected soon. (Representational image)',
      'Nach dem Unfall sperrte die Polizei die Straße. © DPA',
      'Agenten zetten de straat af. Ⓒ Regio15',
      'tmp8b423685-0e61-41ca-b7d0-489d932090d0-jpg',
      'city council mayor opening 070415',
    ]) {
      assert.equal(phraseReason(line), 'caption', line);
    }
  });

  it('keeps prose that names people, parties and numbers in brackets', () => {
    for (const line of [
      'Senator Jane Doe (R) said the vote would go ahead on Tuesday.',
      'The results were 12345 votes for the mayor and 9876 for her rival',
      'He spoke to the committee (in private) about the sale.',
      'The library (Lakeside) closed in 2019.',
      // A referee or a nominee with a place or a channel in brackets is a list of the story's own.
      'Howard Webb (South Yorkshire)',
      'Little Britain (BBC Three)',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('the trade\u2019s prompts in several languages', () => {
  it('drops ad slots, paywall and channel prompts, comment forms, reporting credits', () => {
    const cases: Array<[string, string]> = [
      ['Advertisment', 'promotion'],
      ['Sponsored by Lakeside Bank', 'promotion'],
      ['Article continues below advertisement', 'promotion'],
      ['Anuncio', 'promotion'],
      ['Esta funcionalidad es exclusiva para suscriptores.', 'promotion'],
      ['Um diesen Artikel vollständig lesen zu können, benötigen Sie ein Abo.', 'promotion'],
      ['📲 Clique aqui para fazer parte do nosso canal no WhatsApp.', 'promotion'],
      ['>> Siga o canal da Gazeta no WhatsApp', 'promotion'],
      ['Your email address will not be published. Required fields are marked *', 'comments'],
      ['One Comment on “Library to close after the flood”', 'comments'],
      ['This site uses Akismet to reduce spam. Learn how your comment data is processed.', 'comments'],
      ['Con información de EFE.', 'credit'],
      ['*Com informações do repórter Ana Souza.', 'credit'],
      ['Information from: Lakeside TV, http://www.lakesidetv.example', 'credit'],
      ['Author : Jane Doe', 'credit'],
      ['Źródło: Gazeta Lokalna', 'credit'],
      ['Redazione', 'credit'],
      ['fot. PAP', 'credit'],
      ['Exit mobile version', 'navigation'],
      ['Posts Tagged ‘Flooding’', 'navigation'],
      ['LEGGI ANCHE Maltempo, chiuse le scuole della città', 'related-headlines'],
    ];
    for (const [line, reason] of cases) assert.equal(phraseReason(line), reason, line);
  });

  it('keeps sentences that use the same words', () => {
    for (const line of [
      'Assinei o contrato com a prefeitura na segunda-feira.',
      'Subscribers to the council newsletter were told of the closure.',
      'The pub closed.',
      'Leggi anche la storia della biblioteca, ha detto il sindaco.',
      'The author said the library had been her second home.',
      'Photo by photo, the archive was moved to the town hall.',
      'Information from the harbour board shows the first crossing is the busiest.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('lists under a "related" heading', () => {
  it('takes headlines ending in a question or exclamation mark, stops at a sentence', () => {
    const lines = [
      HEADLINE,
      '',
      P1,
      '',
      P2,
      '',
      'Related Articles',
      'Will the library reopen next year?',
      'Flood waters reach the town hall!',
      P3,
    ];
    assert.deepEqual(kept(lines), [P1, P2, P3]);
  });
});

describe('lists of links inside the article', () => {
  it('drops headlines printed between separators, keeps a paragraph between section marks', () => {
    const lines = [
      HEADLINE,
      P1,
      P2,
      'Autres vidéos',
      '-',
      'Le maire inaugure la nouvelle bibliothèque de la ville',
      '-',
      'La crue atteint la mairie : les habitants évacués !',
      '-',
    ];
    assert.deepEqual(kept(lines), [P1, P2]);
    assert.deepEqual(kept([HEADLINE, P1, '***', P2, '***', P3]), [P1, P2, P3]);
  });

  it('drops a run of three headlines between paragraphs, keeps a bulleted list and a subheading', () => {
    const run = [
      'A Californian in Lakeside: ‘The town is moving in the right direction’',
      'Will the new coach hurt the club’s chances this season?',
      'How do council taxes compare with the towns across the river',
    ];
    assert.deepEqual(kept([HEADLINE, P1, ...run, P2, P3]), [P1, P2, P3]);
    const bullets = [
      '• The library closes on Friday at five',
      '• The books go to the school next door',
      '• The staff move to the town hall archive',
    ];
    assert.deepEqual(kept([HEADLINE, P1, ...bullets, P2, P3]), [P1, ...bullets, P2, P3]);
    assert.deepEqual(kept([HEADLINE, P1, 'What happens to the books now', P2, P3]), [P1, 'What happens to the books now', P2, P3]);
  });
});

describe('comment rules, bare credits', () => {
  it('drops them', () => {
    for (const [line, reason] of [
      ['Vos réactions doivent respecter nos CGU.', 'comments'],
      ['Comments are moderated.', 'comments'],
      ['Photo:', 'credit'],
    ] as const) {
      assert.equal(phraseReason(line), reason, line);
    }
  });
});

describe('the tail of the page', () => {
  it('drops a short sentence after the page chrome has begun below the last paragraph, keeps one before it', () => {
    assert.deepEqual(kept([HEADLINE, P1, P2, 'He denied the charges.', 'Share this article', 'Get the facts behind the news.']), [
      P1,
      P2,
      'He denied the charges.',
    ]);
  });
});

describe('a page cut off by the scraper', () => {
  it('keeps its last line cut inside a word, even below the page chrome', () => {
    const cut = 'Asked about the sale of the site, the mayor said the council would first hear what the residents of the old town s';
    assert.deepEqual(
      kept([HEADLINE, '', P1, '', P2, '', 'Image source, Lakeside Gazette', 'Image caption,', '', 'The reading room in May', '', cut]),
      [P1, P2, cut],
    );
    // A headline of a related list ends in a whole word and goes.
    assert.deepEqual(kept([HEADLINE, P1, P2, 'Related Articles', 'Flood waters reach the town hall as the river keeps rising']), [P1, P2]);
  });
});
