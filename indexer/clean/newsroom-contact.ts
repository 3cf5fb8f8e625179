/**
 * The newsroom's invitations to write to it: a contact label ("Contact the newsroom", "Kontakt z
 * redakcją", "Napište redakci"), a corrections prompt ("Spotted a mistake?", "For corrections to
 * this story, click here", "Hai notato un errore?") and a call for witnesses ("Were you a witness?"). Pages print them under the story or beside
 * its byline, in the site's voice; a story about a newsroom names it inside its sentences.
 *
 * A lexicon of the trade in the languages the labelled sets hold and their neighbours, each
 * anchored at the line's start and bounded by a word count; no phrase is copied from one page.
 */
import { isParagraph } from './story-end.ts';
import type { ContentLine } from './structure.ts';

const NEWSROOM =
  '(?:the |our )?(?:newsroom|news desk|editors?|editorial (?:team|office|desk|staff))|redaktion(?:en)?|redaksjonen|redactie|rédaction|redacción|redazione|redação|redacção|' +
  'redakcj[aąię]|redakci[ií]?|redakciu|redakcijai|redakciju|redakcija|redacția|szerkesztőség(?:gel|nek)?|toimitukseen|toimitus|toimetusele|σύνταξη|редакци(?:ей|ю|я)|редакцією|tòa soạn|ban biên tập|redaksi';

/** "Contact the newsroom", "Kontakt z redakcją", "Write to the editors:", "Connect with the Example Newsroom:". */
const CONTACT_NEWSROOM = new RegExp(
  '^(?:' +
    [
      `(?:contact|write to|email|e-mail|message|reach|connect with)(?: the)?(?: [\\p{L}.'’&-]+){0,4}? (?:${NEWSROOM})`,
      `(?:kontakt|kontakta|kontaktieren sie|kontaktujte|kontaktirajte|contacte[rz]?|contacta(?:r)?(?: con)?|contatta(?:re)?|contate|fale com|neem contact op met|ota yhteyttä|kapcsolat|contactează|связаться с|зв.язатися з|liên hệ(?: với)?|hubungi|επικοινωνήστε με|napisz do|napište|napíšte|írjon (?:a|az)|scrivi(?: alla)?|écrire à|escribe a|schreiben sie (?:der|an die)|ziņot|rašykite|kirjuta|написать в|напишіть до|написати в)(?: (?:z|zur|zu|der|die|la|le|a|al|alla|à|with|met|de|na|s|с|з|a|az|the))* (?:${NEWSROOM})`,
    ].join('|') +
    ')\\s*[:!.]?$',
  'iu',
);
const CONTACT_WORDS = 8;

/** A line opening with one of `phrases`, whole words, in any case. */
const opening = (phrases: readonly string[]) => new RegExp(`^(?:${phrases.join('|')})(?!\\p{L})`, 'iu');

/** "Spotted a mistake?", "For corrections to this story, click here", "Fehler gefunden?", "Нашли ошибку?". */
const CORRECTIONS_PROMPT = opening([
  'for corrections (?:to|on) this (?:story|article)',
  '(?:to )?(?:report|submit|request) (?:a |an )?(?:correction|error|mistake|typo)',
  '(?:have you )?(?:spotted|seen|found|noticed) (?:a |an )?(?:error|mistake|typo)',
  '(?:einen )?fehler (?:gefunden|entdeckt)',
  'vous avez (?:repéré|trouvé|vu) une (?:erreur|faute)',
  '¿?(?:has visto|viste|encontraste|has encontrado) (?:un|algún) error',
  'hai (?:notato|trovato|visto) un errore',
  '(?:encontrou|viu) (?:um )?erro',
  '(?:een )?fout (?:gezien|gevonden|opgemerkt)',
  '(?:har du )?hittat ett fel',
  '(?:har du )?(?:fundet|funnet) en fejl|(?:har du )?funnet en feil',
  'löysitkö virheen',
  'zauważyłeś błąd|znalazłeś błąd',
  'našli jste chybu|našli ste chybu',
  'hibát (?:talált|találtál)',
  'ai (?:găsit|observat) o (?:greșeală|eroare)',
  'hata (?:mı )?(?:buldunuz|gördünüz)',
  '(?:нашли|заметили) ошибку',
  '(?:помітили|знайшли) помилку',
  'želite prijaviti gre[šs]k[eu]',
  'βρήκατε (?:κάποιο )?λάθος',
  'phát hiện (?:lỗi|sai sót)',
  'menemukan kesalahan',
]);
const CORRECTIONS_WORDS = 40;

/** "Were you a witness?", "Byłeś świadkiem …?", "Waren Sie Zeuge …?": the call for readers' news and pictures. */
const WITNESS_PROMPT = opening([
  '(?:were you|have you been) (?:a )?witness',
  '(?:waren sie|warst du) (?:zeuge|zeugin)',
  '(?:avez-vous|as-tu) été témoin',
  '¿?(?:fuiste|has sido|fue usted) testigo',
  '(?:sei stato|siete stati) testimon[ei]',
  '(?:você )?(?:foi|testemunhou) testemunha',
  '(?:ben je|bent u|was je) getuige',
  '(?:var du|har du varit) (?:vittne|ögonvittne)',
  '(?:var du|har du været) (?:vidne|øjenvidne)',
  'oletko (?:nähnyt|ollut silminnäkijä)',
  'by(?:łeś|łaś|liście) świadki?(?:em|iem|ami)',
  'by(?:l|la|li) jste (?:svědkem|svědky)',
  'bol(?:i)? ste svedkom',
  'ai fost martor',
  'tanık (?:oldunuz|mısınız)',
  '(?:вы )?(?:были|стали) свидетел(?:ем|ями)',
  '(?:ви )?(?:були|стали) свідк(?:ом|ами)',
  'jeste li (?:bili )?svjedo(?:k|ci)',
  'szemtanúja volt',
]);
const WITNESS_WORDS = 25;

/** The prompt opens the line: only its first characters are searched. */
const PROMPT_HEAD = 60;

/** Whether the whole line is a contact label, or opens with a corrections prompt. */
export function isNewsroomContact(text: string, words: number): boolean {
  if (words <= CONTACT_WORDS && CONTACT_NEWSROOM.test(text)) return true;
  return words <= CORRECTIONS_WORDS && CORRECTIONS_PROMPT.test(head(text));
}

/** Whether the line opens with a call for witnesses (read only below the story: a police appeal inside it is news). */
export function isWitnessCall(text: string, words: number): boolean {
  return words <= WITNESS_WORDS && WITNESS_PROMPT.test(head(text));
}

const head = (text: string) => (text.length > PROMPT_HEAD ? text.slice(0, PROMPT_HEAD) : text);

/** The story's last paragraph (story-end.ts's), which a call for witnesses must sit below; -1 if none. */
export function lastStoryParagraph(lines: readonly ContentLine[]): number {
  let last = lines.length - 1;
  while (last >= 0 && !isStoryParagraph(lines[last]!)) last--;
  return last;
}

const isStoryParagraph = (l: ContentLine) => l.reason === null && isParagraph(l) && !isWitnessCall(l.text, l.words);
