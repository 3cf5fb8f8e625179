/**
 * A page's controls and widget labels alone on their line (indexer/clean/ui-labels.ts), in the
 * wording of sites the phrase rules were not written from. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uiLabelReason } from '../../indexer/clean/ui-labels.ts';
import { countLineWords } from '../../indexer/clean/line-words.ts';
import { HEADLINE, P1, P2, P3, P4, droppedReason, keptText, page } from '../helpers/bridge-story.ts';

const reason = (line: string) => uiLabelReason(line, countLineWords(line));

test('a control, a share row, a counter, a gallery link or initials between or under the paragraphs is dropped', () => {
  for (const label of [
    'Mehr anzeigen',
    'Toon meer',
    'Czytaj dalej',
    'Devamını oku',
    'Zum Vergrößern klicken',
    'Pantalla completa',
    'Schließen',
    'Volgende ›',
    'Cliquez ici',
    'Wird geladen...',
    'Guarda il video',
    'Fout melden',
    'Teile diesen Artikel',
    'Haberi paylaş',
    'Link gekopieerd',
    'Ihr Name *',
    '1.234 Aufrufe',
    '15 Fotos',
    "Foto's",
    'm. b.',
    'Empfohlener redaktioneller Inhalt',
    'View this post on Instagram',
    'Ein Beitrag geteilt von Jane Doe (@janedoe)',
    'War dieser Artikel hilfreich?',
    'Jetzt ansehen',
    '- 30 -',
    'Klicken, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)',
    'Distribuie pe Facebook',
    "Imprimer l'article",
    'URL kopieren',
    'Del denne artikkelen',
    'Media playback is unsupported on your device',
    'Das Video ist nicht verfügbar.',
    'Mehr laden',
    'En savoir plus',
    'Werbung überspringen',
    'Voir les résultats',
    'More news at example.com',
    'Mehr Nachrichten auf der Startseite',
    'Compartilhe:',
    'Teilen Sie diesen Artikel',
    'Partager sur les réseaux sociaux',
    'Artikel empfehlen',
    'Envoyer cet article',
  ]) {
    assert.ok(!keptText(page(HEADLINE, P1, P2, label, P3, P4)).includes(label), label);
    assert.ok(!keptText(page(HEADLINE, P1, P2, P3, P4, label)).includes(label), label);
  }
});

test('subheadings, quotes, figures and sentences that use the words stay', () => {
  for (const line of [
    'More',
    'Live',
    'Top',
    'Lecture',
    'Laden',
    'Close to home',
    'Next steps',
    'The next phase',
    'Fotos aus dem Archiv',
    '15 Fotografen',
    '13 New cases',
    'Mehr anzeigen lassen will er nicht.',
    'Schließen die Schulen?',
    'Click here, he said, and it was gone.',
    'U.S. Army',
    'A',
    'Was this law helpful to farmers?',
    'Is the news good for the town?',
    'Externer Inhalt wird von der Stadt geprüft',
    'Print media',
    'Share prices fell',
    'Weitere Informationen',
    'Umfrage',
    'Transcript',
    'More information is available at example.com.',
    'Share your thoughts on the plan',
    'Teilen und herrschen',
  ]) {
    assert.equal(reason(line), null, line);
  }
  const story = 'Die Polizei will die Fotos nun auswerten, sagte ein Sprecher am Abend.';
  assert.ok(keptText(page(HEADLINE, P1, story, P2, P3)).includes(story));
});

test('a link of a few words drawn with an arrow standing apart is dropped, in any language', () => {
  for (const link of ['Zum Archiv »', 'Hear it ›', '‹ Zurück', 'Übersetzen »', 'Harbour ›']) {
    const text = page(HEADLINE, P1, link, P2, P3);
    assert.equal(droppedReason(text, link), 'navigation', link);
    assert.deepEqual(keptText(text), [P1, P2, P3], link);
  }
});

test('a paragraph ending in an arrow, and quotations in guillemets, are kept', () => {
  for (const line of ['The mayor walked out of the meeting before the vote »', '»Vi ses i morgon»', '« On verra »']) {
    assert.ok(keptText(page(HEADLINE, P1, line, P2, P3)).includes(line), line);
  }
});

test('"back to top" in Chinese, Japanese and Korean is dropped alone on its line, not in a sentence', () => {
  for (const label of ['返回顶部', '回到頂部', 'ページの先頭へ', 'ページトップへ戻る', '맨 위로']) {
    assert.notEqual(reason(label), null, label);
    assert.ok(!keptText(page(HEADLINE, P1, P2, P3, P4, label)).includes(label), label);
  }
  for (const line of ['返回顶部的按钮在新版页面上不见了。', '맨 위로 올라가는 계단은 좁고 가팔랐다.'])
    assert.equal(reason(line), null, line);
});
