/**
 * Subscribe prompts written as sentences and split over short lines, author's notes and two
 * byline shapes (indexer/clean/paywall-sentences.ts, prompt-blocks.ts, author-notes.ts; issue 18,
 * 18sub). Each rule has story lines of nearly the same words that must stay. The text, the
 * outlets and the names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { HEADLINE, keptText, P1, P2, P3, page } from '../helpers/bridge-story.ts';

/** The invented story the cleaning tests print furniture around, as the rules see it: dropped with a reason, or kept. */
const clean = (lines: string[]) => cleanText(page(...lines));
const droppedAs = (lines: string[], text: string) => clean(lines).dropped.find((d) => d.text === text)?.reason ?? null;
const keeps = (lines: string[], text: string) => keptText(page(...lines)).includes(text);

describe('paywall and newsletter sentences', () => {
  it('drops the paywall’s notice, reading wall, offer and sign-up form in several languages', () => {
    for (const line of [
      'This story is available to subscribers only.',
      'Dieser Beitrag ist nur für Abonnenten verfügbar.',
      'Sie sind bereits Abonnent? Hier anmelden',
      'La suite de cet article est réservée aux abonnés.',
      'Ten artykuł jest dostępny tylko dla prenumeratorów.',
      'Create a free account to keep reading.',
      'Weiterlesen mit dem Abo der Zeitung',
      'You have used up all your free articles this month.',
      'Enjoy unlimited digital access to our reporting for just $2 a week.',
      'Accès illimité à tous nos articles pour 1 € le premier mois',
      'By signing up, you agree to the terms of use and the privacy notice.',
      'You can unsubscribe at any time.',
      'Enter your email address',
      'Thanks for signing up!',
      'Sie können sich jederzeit wieder abmelden.',
      'Puedes darte de baja en cualquier momento.',
      'Not a subscriber yet?',
      'Noch kein Abonnent?',
      'Create a free account',
      'Become a member',
      'Je m’abonne',
      'Free newsletter',
      'Il vous reste 80 % de cet article à lire.',
      'Read without limits',
      'Access all articles with a digital subscription.',
      'Leggi senza limiti tutti gli articoli.',
      'Unlock this article',
      'Get 20% off your first year.',
      'Ten artykuł jest dostępny wyłącznie dla subskrybentów.',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
  });

  it('keeps story sentences about subscribers, free articles, unlimited access or reading on', () => {
    for (const line of [
      'The streaming service now has 230 million subscribers, up from 200 million a year ago.',
      'Only subscribers to the old tariff will see their bills rise, the regulator said.',
      'The library offers free articles and free lectures to anyone with a card.',
      'Members get unlimited access to the pool and the gym.',
      'She told the court she would continue reading the letters aloud every evening.',
      'The union said it would keep registering voters until the deadline.',
      'Not a single subscriber complained, the company said.',
      'Turnout rose by 80% of this year’s target, officials said.',
      'Access to the subscription service was cut for two hours.',
      'Read the minister’s letter in full below.',
      'Prices fell 20% off the peak, the agency said.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('a sign-up box’s pitch beside its button', () => {
  const PITCH = 'Escape the noise and get the facts behind your town’s news.';

  it('drops the pitch that speaks to the reader next to a subscribe line, in either order', () => {
    assert.equal(droppedAs([HEADLINE, P1, P2, PITCH, 'Subscribe now', P3], PITCH), 'promotion');
    assert.equal(droppedAs([HEADLINE, P1, P2, 'Subscribe now', PITCH, P3], PITCH), 'promotion');
    const readers = 'The Gazette lives only from its readers, the one guarantee of its independence.';
    assert.equal(droppedAs([HEADLINE, P1, P2, P3, readers, 'Pour nous soutenir, abonnez-vous !'], readers), 'promotion');
  });

  it('drops a price for a period and a line naming the newsletter or the journalism beside the button', () => {
    for (const line of ['Just €1 for the first month', '$4.99/mo, cancel when you like', 'Independent journalism costs money.']) {
      assert.equal(droppedAs([HEADLINE, P1, P2, P3, line, 'Subscribe now'], line), 'promotion', line);
    }
  });

  it('drops the other half of a prompt’s sentence broken over two short lines', () => {
    const [a, b] = ['Get the best of our weekend reporting', 'delivered to your inbox.'];
    assert.equal(droppedAs([HEADLINE, P1, P2, a, b, P3], a), 'promotion');
    const [c, d] = ['Subscribe to our newsletter', 'for the week ahead'];
    assert.equal(droppedAs([HEADLINE, P1, P2, c, d, P3], d), 'promotion');
  });

  it('keeps a story’s line after a prompt that ends its sentence or before one that starts a new one', () => {
    const line = 'and the council will meet again next week';
    assert.ok(keeps([HEADLINE, P1, P2, 'Subscribe to our newsletter.', line, P3], line));
    const before = 'The pier reopens on Friday';
    assert.ok(keeps([HEADLINE, P1, P2, before, 'Subscribe to our newsletter', P3], before));
  });

  it('keeps a story’s figures next to a subscribe line: a price in a longer sentence', () => {
    const figures = 'The council spends $5 million a year on the ferry, twice what it spent on the pier.';
    assert.ok(keeps([HEADLINE, P1, P2, figures, 'Subscribe now', P3], figures));
  });

  it('keeps the same line between the paragraphs, and a quote next to a subscribe line', () => {
    assert.ok(keeps([HEADLINE, P1, PITCH, P2, P3], PITCH));
    const quote = '“You have to get the facts before you take sides,” the mayor told reporters.';
    assert.ok(keeps([HEADLINE, P1, P2, quote, 'Subscribe now', P3], quote));
  });
});

describe('author’s notes and bylines as sentences', () => {
  const CHROME = 'Advertisement';
  const NOTES = [
    'Jane Doe is a senior reporter at the Gazette, where she covers transport and housing.',
    'John Roe is the Courier’s correspondent in Lisbon.',
    'Jane Doe covers courts and crime for the Gazette.',
    'Hans Beispiel ist Redakteur im Ressort Wirtschaft.',
    'Marie Exemple est journaliste au service politique.',
    'Contact her at jane.doe@example.com.',
    'Jane Doe can be reached at jane.doe@example.com.',
  ];

  it('drops the writer’s note and contact after the story on a page that shows chrome', () => {
    for (const note of NOTES) assert.equal(droppedAs([CHROME, HEADLINE, P1, P2, P3, note], note), 'author-box', note);
  });

  it('keeps the same note on a clean text, and story sentences about writers and reporters', () => {
    for (const note of NOTES) assert.ok(keeps([HEADLINE, P1, P2, P3, note], note), note);
    for (const line of [
      'Mr Roe is a wonderful writer and should keep his fiction where it belongs, the minister said.',
      'Jane Doe, a reporter for the Gazette, was stopped at the border on Tuesday.',
      'John Roe covers the cost of the repairs himself, the council said.',
      'Jane Doe is a reporter at the Gazette and has followed the repairs since the first crack appeared.',
    ]) {
      assert.ok(keeps([CHROME, HEADLINE, P1, P2, line, P3], line), line);
    }
  });

  it('reads a name with its place or its publishing stamp as a byline', () => {
    assert.equal(phraseReason('By Jane Doe in Chicago'), 'credit');
    assert.equal(phraseReason('Von Hans Beispiel in Berlin'), 'credit');
    assert.equal(phraseReason('Jane Doe Published 5:03 PM, March 5, 2024'), 'credit');
    assert.equal(phraseReason('Additional reporting by John Roe in Lisbon.'), 'credit');
    assert.equal(phraseReason('Contributing: Jane Doe and John Roe'), 'credit');
    assert.equal(phraseReason('Reporting by the council’s auditors showed the gap.'), null);
    assert.equal(phraseReason('by the river in Paris'), null);
    assert.equal(phraseReason('Jane Doe Published her first novel in Chicago'), null);
  });
});

describe('bylines by a reporter’s label in scripts without capitals', () => {
  it('drops the label and a name or a place, in Chinese, Japanese, Korean, Hindi, Bengali, Arabic, Thai, Greek and Cyrillic', () => {
    for (const line of [
      '记者：王小明',
      '本报记者 王小明',
      '(本台记者 王小明)',
      '山田花子記者',
      '文・写真：山田花子',
      '이영희 기자 = 부산',
      'रिपोर्ट: सीता देवी',
      'संवाददाता, जयपुर',
      'নিজস্ব প্রতিবেদক',
      'مراسل الصحيفة: سارة علي',
      'เรื่อง: สมศรี ดีมาก',
      'Αποστολή: Μαρία Νικολάου',
      'Автор фото: Анна Смирнова',
    ]) {
      assert.equal(phraseReason(line), 'credit', line);
    }
  });

  it('keeps story sentences that open with the same words', () => {
    for (const line of [
      '记者会上，部长表示将继续推进改革。',
      'संवाददाता सम्मेलन में मंत्री ने नई योजना की घोषणा की।',
      'مراسلنا في المدينة قال إن الاحتجاجات استمرت حتى المساء.',
      '기자 회견에서 장관은 새 계획을 발표했다.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});
