/**
 * Subscribe prompts written as sentences and split over short lines, author's notes and two
 * byline shapes (indexer/clean/paywall-sentences.ts, prompt-blocks.ts, author-notes.ts; issue 18,
 * 18sub). Each rule has story lines of nearly the same words that must stay. The text, the
 * outlets and the names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { phraseReason } from '../../indexer/clean/phrases.ts';

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
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});
