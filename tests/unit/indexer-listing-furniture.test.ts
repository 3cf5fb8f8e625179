/**
 * Page furniture of listing pages and of the pages around them (issue 18, second round): relative
 * time stamps and the teasers glued to them, reading time, newsletter forms, video players,
 * paywall badges, "Read more »" links, short picture credits, the agency before the photographer,
 * captions told by their verb next to page chrome, cut teasers that repeat a line. Each rule has a
 * body line of nearly the same shape that must stay. The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

const HEADLINE = 'Harbour bridge to reopen after repairs';
const P1 = 'The harbour bridge will reopen to traffic on Friday after six months of repairs, the port authority said on Monday.';
const P2 = 'Engineers replaced the old steel cables and resurfaced the road, which carries about twenty thousand cars a day.';
const P3 = 'Local shops near the bridge said they had lost customers during the works and asked the council for help.';

const kept = (lines: string[]) => cleanText(lines.join('\n')).kept.map((l) => l.text);
/** Each line alone is no recognised phrase. */
const assertNoPhrase = (lines: string[]) => {
  for (const line of lines) assert.equal(phraseReason(line), null, line);
};
const reasonOf = (lines: string[], line: string) => cleanText(lines.join('\n')).dropped.find((d) => d.text === line)?.reason ?? null;

describe('stamps, forms, players and links of listing pages', () => {
  it('drops them, in several languages', () => {
    const cases: Array<[string, string]> = [
      ['1 week ago', 'dateline'],
      ['3 uur geleden', 'dateline'],
      ['vor 2 Stunden', 'dateline'],
      ['il y a 5 heures', 'dateline'],
      ['Idag 14:08', 'dateline'],
      ['Heute, 09:15', 'dateline'],
      ['8 uur geledenUTRECHT (ANP) - De gemeente sluit de brug over het kanaal voor een week.', 'related-headlines'],
      ['2 MINUTI DI LETTURA', 'counter'],
      ['Lesezeit: 3 Min.', 'counter'],
      ['4 min de lecture', 'counter'],
      ["Today's breaking news and more in your inbox", 'promotion'],
      ['Please check your inbox and confirm. Something went wrong. Please try again.', 'promotion'],
      ['Are you a paying subscriber to the newspaper? *', 'promotion'],
      ['Breaking news from the coast and around the world sent to your email, as it happens.', 'promotion'],
      ['Updates gepusht krijgen? Tik op het belletje!', 'promotion'],
      ['liveblog gesloten', 'promotion'],
      ['Now Playing', 'promotion'],
      ['Featured Video Play Icon', 'promotion'],
      ['PREMIUM', 'promotion'],
      ['Read more about the vote here.', 'promotion'],
      ['Leer noticia completa en El Diario.', 'promotion'],
      ['The text is updated.', 'promotion'],
      ['Port workers strike over pay as talks stall Read More »', 'related-headlines'],
      ['Läs hela inlägget »', 'related-headlines'],
      ['Meer uit Binnenland', 'related-headlines'],
      ['İlginizi Çekebilir', 'related-headlines'],
    ];
    for (const [line, reason] of cases) assert.equal(phraseReason(line), reason, line);
  });

  it('keeps sentences that use the same words', () => {
    assertNoPhrase([
      'The council met 3 hours ago and agreed to reopen the bridge.',
      'She said the repairs took 45 minutes longer than planned each night.',
      'Residents can read more about the plans at the town hall library.',
      'The newsletter, founded in 1990, is sent to every household in the village.',
      'Plus de moyens',
      'Play resumed after a short delay, and the home side scored twice.',
    ]);
  });
});

describe('picture credits in short forms', () => {
  it('drops captions signed so', () => {
    const cases = [
      'Ein Mann zeigt, wie Einbrecher Fenster aufhebeln. Archivfoto: Frank Muster/dpa',
      'Ein Polizist steht vor einem Einsatzfahrzeug der Polizei. Foto:',
      'Jan Kowalski, rocznik 1981 fot. Anna Nowak',
      'Réfugiés au camp près de la frontière, le 24 avril 1995 (AFP / Jean Dupont)',
      'Il y a désormais trois millions de cas dans le monde. (©(AP PHOTO/JUAN PEREZ)',
      'Anna Berg/TT Det ska bli lättare att resa med nattåg ut i Europa. Arkivbild.',
    ];
    for (const line of cases) assert.equal(phraseReason(line), 'caption', line);
  });

  it('keeps prose that names a photographer or an agency', () => {
    assertNoPhrase([
      'The photographer Anna Nowak took the picture from the roof of the town hall.',
      'Police told AFP that the bridge would stay closed until the end of the month.',
      'De foto werd gemaakt door Jan de Vries tijdens de opening van de brug.',
    ]);
  });
});

describe('captions by their verb', () => {
  it('drops a line showing a pose next to page chrome, keeps the same verb among paragraphs', () => {
    const caption = 'The port director Jane Doe gestures as she leaves the town hall on Sunday.';
    const lines = [HEADLINE, '', 'Advertisement', caption, '', P1, '', P2];
    assert.equal(reasonOf(lines, caption), 'caption');
    const prose = 'The mayor gestures towards the river and says the bridge was never meant to last.';
    assert.deepEqual(kept([HEADLINE, '', P1, '', prose, '', P2]), [P1, prose, P2]);
  });
});

describe('cut teasers', () => {
  it('drops a teaser cut with an ellipsis whose words open another line, keeps the full line', () => {
    const teaser = `${P1.slice(0, 60).trimEnd()}...`;
    const lines = [HEADLINE, '', teaser, '', P1, '', P2, '', P3];
    assert.deepEqual(kept(lines), [P1, P2, P3]);
    assert.equal(reasonOf(lines, teaser), 'repeated-line');
  });

  it('keeps a line ending in an ellipsis that repeats nothing', () => {
    const trailing = 'The works went on, and on, and on...';
    assert.ok(kept([HEADLINE, '', P1, '', trailing, '', P2]).includes(trailing));
  });
});
