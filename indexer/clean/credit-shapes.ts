/**
 * Credits in two shapes the byline rules do not read, whatever the site:
 *
 * - a role's label and the names under it: "Editor: Jane Doe", "Commentary: Ann Lee, Bo Kim",
 *   "Text und Fotos: Anna Müller", "Redacción: Ana Ruiz y Luis Gil" (a live page's or a feature's
 *   credits); the names are capitalised, so a sentence after a colon ("Text: the council said…")
 *   is not one;
 * - a name printed twice in a row, as an avatar's alt text and the name beside it, with the entry's
 *   stamp or nothing after it: "Jane Doe Jane Doe 8 June 2017 9:40pm".
 *
 * - the sentence a CMS prints under a story to say who put it online: "This content was published
 *   by Jane Doe", "Bu içerik Jane Doe tarafından yayına alınmıştır", "Dieser Beitrag wurde von Jane
 *   Doe erstellt", in ten languages.
 *
 * Run last, with the other kept-line shapes (kept-line-shapes.ts says why).
 */

/** The roles a credit names, in the languages of the news the indexer meets. */
const ROLE =
  'editors?|editing|edited by|reporting|reporters?|commentary|social media|text|words|photos?|photography|pictures|video|graphics|design|' +
  'production|producers?|illustrations?|research|translation|interviews?|camera|' +
  'redakteur(?:in)?|redaktion|fotos?|bilder|grafik|mitarbeit|recherche|moderation|kamera|schnitt|übersetzung|' +
  'rédacteur|rédactrice|rédaction|texte|vidéo|graphisme|traduction|édition|journalistes?|' +
  'redactor(?:a)?|redacción|texto|vídeo|edición|fotografía|infografía|traducción|periodistas?|' +
  'redattore|redattrice|redazione|testo|grafica|traduzione|a cura di|' +
  'redator(?:a)?|edição|reportagem|' +
  'redacteur|redactie|eindredactie|tekst|beeld|' +
  'redaktör|redaktør|bild|' +
  'redaktor(?:ka)?|zdjęcia|opracowanie|wideo|' +
  'editör|muhabir|metin|fotoğraf|hazırlayan|' +
  'редактор|текст|фото|корреспондент';
/** One or two roles and a colon: "Editor:", "Text und Fotos:", "Texte et photos :". */
const ROLE_LABEL = new RegExp(`^(?:${ROLE})(?:\\s*(?:,|&|/|and|und|et|y|e|en|och|og|i|ve|и)\\s*(?:${ROLE}))?\\s*:\\s*`, 'iu');
/** A capitalised name of up to four words, with the particles names carry. */
const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|de|da|di|del|van|von|der|den|la|le|bin|al)){0,3}";
const NAMES = new RegExp(`^${NAME}(?:\\s*(?:,|&|/|and|und|et|y|e|en|och|og|i|ve|и)\\s*${NAME}){0,4}$`, 'u');

/** The most words of a role's credit line. */
const MAX_ROLE_WORDS = 16;

export function isRoleCredit(text: string, words: number): boolean {
  if (words < 2 || words > MAX_ROLE_WORDS || !text.includes(':')) return false;
  const m = ROLE_LABEL.exec(text);
  return m !== null && NAMES.test(text.slice(m[0].length));
}

const CAPITALISED = /^[\p{Lu}][\p{L}'’.-]*$/u;
/** The particles a name carries inside it ("Ann van Berg"). */
const PARTICLE = /^(?:de|da|di|del|van|von|der|den|la|le|bin|al)$/u;
/** What may follow the doubled name: the entry's stamp, which holds a digit. */
const HAS_DIGIT = /\p{Nd}/u;
/** The most words of the doubled name and its stamp. */
const MAX_DOUBLED_WORDS = 14;

/** "Jane Doe Jane Doe", "Jane Doe Jane Doe 8 June 20179:40pm": a name of two to four capitalised words, twice. */
export function isDoubledName(text: string, words: number): boolean {
  if (words < 4 || words > MAX_DOUBLED_WORDS) return false;
  // The first word and its space found again further on, before the line is split: most lines stop here.
  const space = text.indexOf(' ');
  if (space < 2 || text.indexOf(text.slice(0, space + 1), space + 1) < 0) return false;
  const w = text.split(' ');
  for (let k = 2; k <= 4 && 2 * k <= w.length; k++) {
    let same = true;
    for (let j = 0; j < k && same; j++) same = w[j] === w[k + j] && (CAPITALISED.test(w[j]!) || (j > 0 && PARTICLE.test(w[j]!)));
    if (same && (w.length === 2 * k || HAS_DIGIT.test(w.slice(2 * k).join(' ')))) return true;
  }
  return false;
}

/** "This content was published by …" and its forms: the content word, the verb of putting online or writing, the agent's preposition. */
const PUBLISHED_BY = new RegExp(
  '^(?:' +
    'this (?:content|article|story|post) (?:was|has been) (?:published|written|prepared|edited|produced|posted|added) by|' +
    '(?:dieser|der) (?:artikel|beitrag|inhalt) wurde von|' +
    '(?:cet article|ce contenu) a été (?:publié|rédigé|écrit|préparé|mis en ligne) par|' +
    'este (?:artículo|contenido) (?:fue|ha sido) (?:publicado|escrito|redactado|elaborado) por|' +
    'questo (?:articolo|contenuto) è stato (?:pubblicato|scritto|redatto) da|' +
    'este (?:artigo|conteúdo) foi (?:publicado|escrito|produzido) por|' +
    'dit (?:artikel|bericht) is (?:gepubliceerd|geschreven) door|' +
    '(?:ten )?(?:artykuł|materiał) (?:został )?(?:napisany|przygotowany|opublikowany) przez|' +
    'bu (?:içerik|haber|makale|yazı)\\s.{1,60}\\starafından (?:yayına alınmıştır|hazırlanmıştır|yazılmıştır|eklenmiştir|derlenmiştir)' +
    ')',
  'iu',
);
/** The most words of that sentence: a name and a few words after it. */
const MAX_PUBLISHED_WORDS = 15;

export function isPublishedBy(text: string, words: number): boolean {
  return words >= 4 && words <= MAX_PUBLISHED_WORDS && PUBLISHED_BY.test(text);
}
