/**
 * The port of eld's detection (indexer/infer/language-ngrams.ts) against eld itself: the same
 * language and the same `isReliable()` on sentences written for this test in many scripts, on
 * the edge cases of eld's normalisation (apostrophe runs, capitals whose lower case needs context,
 * characters beyond the BMP, lone surrogates, words over 70 bytes, the 1,000-character and byte
 * cuts) and on seeded random mixes of all of these; both of the port's paths (the one-pass
 * normalisation and eld's own string steps) are compared.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eld } from 'eld/extrasmall';
import { NgramDetector } from '../../indexer/infer/language-ngrams.ts';

const entry = import.meta.resolve('eld/extrasmall');
const load = async (file: string, name: string): Promise<unknown> => (await import(new URL(file, entry).href))[name];
const parts = [
  await load('../ngrams/extrasmall.js', 'ngramsData'),
  await load('../dictionary.js', 'dictionary'),
  await load('../regexPatterns.js', 'separators'),
  await load('../avgScore.js', 'avgScore'),
] as const;
const port = NgramDetector.from(...parts);
const general = NgramDetector.from(...parts);
// The second copy takes eld's string steps for every text, as it does for a text with Σ or İ.
if (general) Object.assign(general, { letters: null });

const SENTENCES = [
  'The county library will open on Sundays from next month, the council said on Tuesday.',
  'Die Stadtbibliothek öffnet ab dem nächsten Monat auch sonntags, teilte die Verwaltung mit.',
  'La biblioteca municipal abrirá los domingos a partir del próximo mes, informó el ayuntamiento.',
  "La bibliothèque municipale ouvrira le dimanche dès le mois prochain, a annoncé l'adjointe.",
  'A biblioteca municipal vai abrir aos domingos a partir do próximo mês, disse a câmara.',
  'La biblioteca comunale aprirà la domenica dal mese prossimo, ha detto l’assessore.',
  'De stadsbibliotheek gaat vanaf volgende maand ook op zondag open, meldt de gemeente.',
  'Stadsbiblioteket öppnar även på söndagar från nästa månad, meddelar kommunen.',
  'Biblioteka miejska będzie otwarta w niedziele od przyszłego miesiąca, poinformował urząd.',
  'Městská knihovna bude od příštího měsíce otevřena i v neděli, uvedl magistrát.',
  'A városi könyvtár jövő hónaptól vasárnap is nyitva lesz, közölte az önkormányzat.',
  'Kent kütüphanesi gelecek aydan itibaren pazar günleri de açık olacak, dedi belediye.',
  'Городская библиотека со следующего месяца будет работать и по воскресеньям.',
  'Міська бібліотека з наступного місяця працюватиме і в неділю, повідомили в мерії.',
  'Η δημοτική βιβλιοθήκη θα είναι ανοιχτή και τις Κυριακές από τον επόμενο μήνα.',
  'ΑΘΗΝΑ: Η ΔΗΜΟΤΙΚΗ ΒΙΒΛΙΟΘΗΚΗ ΑΝΟΙΓΕΙ ΤΙΣ ΚΥΡΙΑΚΕΣ ΓΙΑ ΟΛΟΥΣ ΤΟΥΣ ΠΟΛΙΤΕΣ',
  'İSTANBUL BÜYÜKŞEHİR BELEDİYESİ KÜTÜPHANELERİ PAZAR GÜNLERİ DE AÇIK OLACAK',
  'المكتبة العامة ستفتح أبوابها أيام الأحد اعتبارا من الشهر المقبل، بحسب البلدية.',
  'הספרייה העירונית תיפתח גם בימי ראשון החל מהחודש הבא, כך נמסר מהעירייה.',
  'नगर पुस्तकालय अगले महीने से रविवार को भी खुला रहेगा, नगर निगम ने बताया।',
  '市立図書館は来月から日曜日も開館すると市が発表した。',
  '市图书馆将从下个月起在星期日开放，市政府表示。',
  '시립 도서관은 다음 달부터 일요일에도 문을 연다고 시가 밝혔다.',
  'ห้องสมุดเมืองจะเปิดให้บริการในวันอาทิตย์ตั้งแต่เดือนหน้าเป็นต้นไป',
  'Thư viện thành phố sẽ mở cửa vào Chủ nhật từ tháng tới, chính quyền cho biết.',
  'Perpustakaan kota akan dibuka pada hari Minggu mulai bulan depan, kata pemerintah.',
  'Kaupunginkirjasto on ensi kuusta alkaen auki myös sunnuntaisin, kaupunki kertoo.',
  'Bókasafn borgarinnar verður opið á sunnudögum frá og með næsta mánuði.',
  'Rheinschifffahrtsgesellschaftsvorstandsvorsitzendenstellvertreterwahlordnungsänderungsentwurf',
  "don't won't it's rock 'n' roll ''' `` ’’ -'- '-' x'",
  '𝐀𝐁𝐂 😀 text 𠀀 mixed 🇬🇧 with astral code points',
  '\ud800 lone \udc00 surrogates \ud83d',
  '  \u00a0\ufeff padded with unusual spaces \u2028 ',
  'ǅ ǈ ǋ ẞ Ⅻ ⓐ Ꭰ ﬀ K Å title-case and compatibility letters',
  'OK',
  '',
];

function eldVerdict(text: string): { language: string; reliable: boolean } {
  const r = eld.detect(text);
  return { language: r.language, reliable: r.language !== '' && r.isReliable() };
}

/** The verdict and every language's score (eld's `getScores()`, which shows any n-gram counted or scored differently). */
function same(detector: NgramDetector, text: string): void {
  const message = JSON.stringify(text.slice(0, 80));
  assert.deepEqual(detector.detect(text), eldVerdict(text), message);
  assert.deepEqual(Object.entries(detector.scoresOf(text)), Object.entries(eld.detect(text).getScores()), message);
}

/** A seeded mix of the sentences' pieces, random code points of many blocks, and separators. */
function randomTexts(count: number): string[] {
  let seed = 20261205;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const blocks = [
    [0x20, 0x7f],
    [0xa0, 0x24f],
    [0x370, 0x3ff],
    [0x400, 0x4ff],
    [0x590, 0x6ff],
    [0x900, 0x9ff],
    [0xe00, 0xe7f],
    [0x2000, 0x206f],
    [0x3040, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7a3],
    [0xd800, 0xdfff],
    [0x10000, 0x10ffff],
  ] as const;
  const pieces = [' ', ' ', "'", '’', '`', "''", '. ', 'Σ', 'ΣΑΣ ', 'İ', '\u0307', '-', '\n', ...SENTENCES];
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(rnd() * 1300);
    while (text.length < length) {
      if (rnd() < 0.3) {
        const piece = pieces[Math.floor(rnd() * pieces.length)]!;
        const at = Math.floor(rnd() * piece.length);
        text += piece.slice(at, at + 1 + Math.floor(rnd() * 80));
      } else {
        const [from, to] = blocks[Math.floor(rnd() * blocks.length)]!;
        text += String.fromCodePoint(from + Math.floor(rnd() * (to - from)));
      }
    }
    texts.push(text);
  }
  return texts;
}

describe('eld port', () => {
  it("reads eld's data", () => {
    assert.ok(port);
    assert.ok(Reflect.get(port, 'letters'), 'the one-pass normalisation is on');
  });

  it('gives eld’s verdict on sentences in many scripts and on edge cases', () => {
    for (const text of SENTENCES) {
      for (const t of [text, text.repeat(12), `${text} ${text.toUpperCase()}`, ` ${text.repeat(4)}`, `'${text.repeat(4)}`]) {
        same(port!, t);
        same(general!, t);
      }
    }
    assert.equal(port!.detect(SENTENCES[1]!).language, 'de');
  });

  it('gives eld’s verdict on random mixes', () => {
    let reliable = 0;
    for (const text of randomTexts(2500)) {
      same(port!, text);
      same(general!, text);
      if (eldVerdict(text).reliable) reliable++;
    }
    assert.ok(reliable > 100, `reliable verdicts compared: ${reliable}`);
  });

  it('declines data of another shape', () => {
    const [data, dictionary, separators, avgScore] = parts;
    assert.equal(
      NgramDetector.from({ languages: { 0: 'en' }, ngrams: { ' longer than six ': { 0: 1 } } }, dictionary, separators, avgScore),
      null,
    );
    assert.equal(NgramDetector.from({ languages: { 0: 'en' }, ngrams: { abcd: { '00': 1 } } }, dictionary, separators, avgScore), null);
    assert.equal(NgramDetector.from({ languages: { 0: 'en' }, ngrams: { abcd: { 0: 1.5 } } }, dictionary, separators, avgScore), null);
    assert.equal(NgramDetector.from(data, ['a'], separators, avgScore), null);
    assert.equal(NgramDetector.from(data, dictionary, /x/, avgScore), null);
    const otherPattern = NgramDetector.from(data, dictionary, /[^a-z]+/gu, avgScore);
    assert.ok(otherPattern && Reflect.get(otherPattern, 'letters') === null, 'an unknown pattern keeps the string steps');
  });
});
