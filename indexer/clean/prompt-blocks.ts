/**
 * Subscribe prompts split over several short lines: a sign-up box prints its pitch beside its
 * button ("Escape the noise. Get the facts behind the news." above "Subscribe"; "All the
 * culture that goes with you is waiting here." above "Suscríbete"; "We live only by our
 * readers." above "Support us: subscribe!"). The button's line is recognised by the subscribe
 * rules; its pitch names no trade verb, but sits next to it and speaks to the reader or of the
 * outlet's readers. A story's paragraph next to a prompt inserted in the text is longer, or
 * quotes someone, or speaks of neither.
 *
 * Structural (a promotion line's neighbour) with a small lexicon of the reader's address in
 * about 20 languages; written from how sign-up boxes are built, not from any page.
 */
import type { ContentLine } from './structure.ts';
import { PRICE } from './paywall-sentences.ts';
import { isShareRow } from './trade-phrases.ts';

/** A pitch is a sentence or two: a story's paragraph runs longer. */
const MAX_PITCH_WORDS = 25;

/**
 * The reader addressed, with the pronouns that mean nothing else in another language ("du",
 * "je", "sie", "din" are also "of the", "I", "she", "from"), or the outlet's readers named.
 */
const READER =
  /(?<![\p{L}])(?:you|your|yours|vous|votre|vos|dein|deine|deinen|deiner|euch|tu|tus|tuo|tua|tuoi|contigo|você|vocês|jij|jouw|ty|twój|twoje|ciebie|vy|váš|vaše|ön|önt|siz|sizin|вы|вас|ваш|ваша|ваше|ви|вас|σας|εσύ|bạn|anda|kamu|sinä|sinun|readers?|lecteurs?|lectrices|leser(?:innen)?|lectores|lettori|leitores|lezers|läsare|lesere|læsere|czytelni\p{L}*|čtenář\p{L}*|olvasó\p{L}*|okur\p{L}*|читател\p{L}*|αναγνώστ\p{L}*|độc giả|pembaca)(?![\p{L}])/iu;
/** The trade's own nouns: the newsletter, the subscription, the journalism the box sells. */
const TRADE_NOUN =
  /(?<![\p{L}])(?:newsletters?|subscriptions?|abonnements?|abo|suscripci[óo]n|abbonamento|assinatura|abonnement|prenumeration|tilaus|prenumerata|předplatné|előfizetés|abonelik|подписк\p{L}*|συνδρομή|journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|journalistik|dziennikarstw\p{L}*|žurnalistik\p{L}*|újságírás|gazetecilik|журналистик\p{L}*|δημοσιογραφία)(?![\p{L}])/iu;
/** A price with its period: "$1 for 6 months", "Just €1 the first month", "99 cents a week", "4,99 €/Monat". */
const PRICE_PERIOD = new RegExp(
  `${PRICE}[^.!?]{0,30}?(?:(?<![\\p{L}])(?:months?|monthly|weeks?|weekly|years?|yearly|mois|semaines?|monat|monate|woche|wochen|jahr|mes|meses|semanas?|años?|mese|mesi|settimana|anno|mês|ano|maand|jaar|månad|vecka|år|måned|uke|kuukau\\p{L}*|miesi\\p{L}*|měsíc\\p{L}*|hónap\\p{L}*|месяц\\p{L}*|μήνα)(?![\\p{L}])|\\/\\s?mo)`,
  'iu',
);
/** A price line is a button's caption, a few words: "The city spends $5 million a year on …" is a story's. */
const MAX_PRICE_WORDS = 10;
/** Quotation marks: a line quoting someone is the story's. */
const QUOTE = /["“”«»„]/u;

/** A prompt's sentence broken over two short lines: "Sign up for our newsletter" / "and never miss a story." */
const MAX_FRAGMENT_WORDS = 12;
const ENDS_SENTENCE = /[.!?:;。！？]["'”’»)]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;
/** The two lines are one sentence: the first does not end it, the second goes on in lower case. */
const continues = (first: ContentLine, second: ContentLine) => !ENDS_SENTENCE.test(first.text) && STARTS_LOWER.test(second.text);

function isPitch(l: ContentLine): boolean {
  if (l.reason !== null || l.words > MAX_PITCH_WORDS || QUOTE.test(l.text)) return false;
  return READER.test(l.text) || TRADE_NOUN.test(l.text) || (l.words <= MAX_PRICE_WORDS && PRICE_PERIOD.test(l.text));
}
const isFragment = (l: ContentLine) => l.reason === null && l.words <= MAX_FRAGMENT_WORDS && !QUOTE.test(l.text);

/**
 * Marks the pitches (reason `promotion`) next to a promotion line, in both directions, so a run
 * of them beside the box's button goes with it; and the other half of a prompt's sentence
 * broken over two short lines.
 */
export function markPromptBlocks(lines: ContentLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const [before, l] = [lines[i - 1]!, lines[i]!];
    if (before.reason === 'promotion' && ((isPitch(l) && carriesPitch(before)) || (isFragment(l) && continues(before, l))))
      l.reason = 'promotion';
  }
  for (let i = lines.length - 2; i >= 0; i--) {
    const [l, after] = [lines[i]!, lines[i + 1]!];
    if (after.reason === 'promotion' && ((isPitch(l) && carriesPitch(after)) || (isFragment(l) && continues(l, after))))
      l.reason = 'promotion';
  }
}

/**
 * A share row ("Share this article", "Share on Facebook", "Print | Email") is buttons alone and
 * carries no pitch: the page prints it above the story's first paragraph or below its last, and
 * a lead that speaks to the reader ("If you are a gadget fan, …") or names subscriptions is the
 * story's. Asked only of a line that reads as a pitch.
 */
const carriesPitch = (promotion: ContentLine) => !isShareRow(promotion.text);
