/**
 * The line classifier (indexer/clean/classify.ts), the trade's phrases in several languages
 * (trade-phrases.ts) and the page-language guess (stopwords.ts). Fixtures are invented text in the
 * shapes scraped pages have.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, labelLines } from '../../indexer/clean/index.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';
import { guessLanguage, languageOfMask, maskOfLanguage, stopWordCount } from '../../indexer/clean/stopwords.ts';

const kept = (text: string) => cleanText(text).kept.map((l) => l.text);
/** Lines laid out as a scraped page with blank lines between them. */
const spaced = (...lines: string[]) => lines.join('\n\n');
const droppedReason = (text: string, line: string) => cleanText(text).dropped.find((d) => d.text === line)?.reason ?? null;

const PARAGRAPH_1 = 'The council voted on Tuesday to close the old library, which has stood empty since the flood of last spring.';
const PARAGRAPH_2 = 'Residents said they would ask the mayor to keep the building open for the reading groups that meet there.';
const PARAGRAPH_3 = 'A final decision on the sale of the site is expected at the next meeting of the planning committee in May.';

describe('trade phrases in several languages', () => {
  it('drops ad labels whatever the language', () => {
    for (const label of [
      'Advertisement',
      '- Advertisement -',
      'Anzeige',
      'Publicidad',
      'Pubblicità',
      'Reklame',
      'Annonse',
      'Reklam',
      'Hide Ad',
    ]) {
      assert.equal(phraseReason(label), 'promotion', label);
    }
  });

  it('drops comment forms and share buttons', () => {
    assert.equal(phraseReason('Please enter your comment!'), 'comments');
    assert.equal(phraseReason('Please enter your name here'), 'comments');
    assert.equal(phraseReason('Nessun commento:'), 'comments');
    assert.equal(phraseReason('Print Friendly PDF Email'), 'promotion');
    assert.equal(phraseReason('Teilen'), 'promotion');
    assert.equal(phraseReason('Drucken'), 'promotion');
  });

  it('drops read-also links, tags, source lines and page notices', () => {
    assert.equal(phraseReason('Lesen Sie auch: Der Stadtrat tagt erneut'), 'related-headlines');
    assert.equal(phraseReason('Lees ook'), 'related-headlines');
    assert.equal(phraseReason('Leia também: Prefeitura anuncia obras'), 'related-headlines');
    assert.equal(phraseReason('Schlagwörter: Stadtrat, Bibliothek'), 'related-headlines');
    assert.equal(phraseReason('Source link'), 'credit');
    assert.equal(phraseReason('Quelle: Stadtverwaltung'), 'credit');
    assert.equal(phraseReason('This article is more than 5 years old'), 'promotion');
    assert.equal(phraseReason('Reuters Staff'), 'credit');
    assert.equal(phraseReason('2 View gallery'), 'caption');
    assert.equal(phraseReason('1 of 2 | The old library on Main Street'), 'caption');
  });

  it('drops a "Check also" or "Podobne wpisy" heading and the other stories under it, not a sentence opening so', () => {
    const items = [
      'The harbour board will meet on Monday to decide whether ferry fares rise in the spring, its chair said…',
      'Work on the new footbridge over the river at Millbrook is due to finish before the summer, the county…',
    ];
    for (const heading of ['Check Also', 'Podobne wpisy']) {
      assert.equal(phraseReason(heading), 'related-headlines', heading);
      const text = ['Library to close after flood', '', PARAGRAPH_1, '', PARAGRAPH_2, '', heading, '', ...items].join('\n');
      assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2], heading);
    }
    assert.equal(phraseReason('Check also the new timetable on the council website.'), null);
    assert.equal(phraseReason('Podobne wpisy pojawiły się w sieci po sesji rady miasta.'), null);
  });

  it('drops headings of other stories in Russian, Indonesian, Vietnamese and Urdu, not sentences opening with their words', () => {
    for (const heading of ['Новости партнёров', 'Populer', 'Tin tiêu điểm', 'Đừng bỏ lỡ', 'متعلقہ خبریں', 'کھیلوں کی خبریں سے مزید'])
      assert.equal(phraseReason(heading), 'related-headlines', heading);
    // The heading as the page's last line under the story, and over the list it introduces.
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, 'Новости партнеров')), [
      PARAGRAPH_1,
      PARAGRAPH_2,
    ]);
    const items = [
      'Harbour board to decide on ferry fares for the spring timetable',
      'Footbridge over the river at Millbrook to open before the summer',
    ];
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, 'Populer', ...items)), [
      PARAGRAPH_1,
      PARAGRAPH_2,
      PARAGRAPH_3,
    ]);
    assert.equal(phraseReason('Populer di kalangan warga, pasar malam itu dibuka lagi pekan depan.'), null);
    assert.equal(phraseReason('Đừng bỏ lỡ cơ hội đăng ký trước ngày 15 tháng 3.'), null);
    assert.equal(phraseReason('پولیس کے مطابق اس واقعے سے مزید تین افراد زخمی ہوئے۔'), null);
  });

  it('drops headings of other stories in Hebrew, Hindi, Bengali, Urdu, Arabic, Persian and French, not sentences opening with their words', () => {
    for (const heading of [
      'חדשות נוספות',
      'כתבות קשורות',
      'संबंधित खबरें',
      'और खबरें',
      'ये भी पढ़ें:',
      'আরও পড়ুন',
      'সম্পর্কিত খবর',
      'مزیدخبریں',
      'یہ بھی پڑھیں',
      'أخبار ذات صلة',
      'اقرأ أيضاً',
      'اخبار مرتبط',
      'بیشتر بخوانید',
      'Pour en savoir plus :',
    ])
      assert.equal(phraseReason(heading), 'related-headlines', heading);
    // Under the story, as the page's last line, and over the list it heads.
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, 'חדשות נוספות')), [PARAGRAPH_1, PARAGRAPH_2]);
    const items = [
      'Harbour board to decide on ferry fares for the spring timetable',
      'Footbridge over the river at Millbrook to open before the summer',
    ];
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3, 'और खबरें', ...items)), [
      PARAGRAPH_1,
      PARAGRAPH_2,
      PARAGRAPH_3,
    ]);
    // Sentences of a story opening with the same words stay.
    for (const sentence of [
      'और खबरें आने के बाद गांव के लोग पंचायत भवन के बाहर जमा हो गए।',
      'আরও পড়ুন বলে শিক্ষক ছাত্রদের নতুন বই দিলেন।',
      'חדשות נוספות על הפרויקט צפויות להתפרסם בשבוע הבא.',
      'اقرأ أيضا ما كتبه الوزير في رسالته إلى المجلس البلدي.',
      'Pour en savoir plus sur le chantier, la mairie organise une réunion publique jeudi.',
    ])
      assert.equal(phraseReason(sentence), null, sentence);
  });

  it('drops the blog engines comment form, count and closed notice in their translations, not sentences about comments', () => {
    for (const line of [
      'Laisser un commentaire',
      'Annuler la réponse',
      'Deja una respuesta',
      'Schreibe einen Kommentar',
      'Lascia un commento',
      'Deixe uma resposta',
      'Geef een reactie',
      'Diskutieren Sie mit',
      'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
      'Tu dirección de correo electrónico no será publicada.',
      'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
      'Il tuo indirizzo email non sarà pubblicato.',
      'O seu endereço de email não será publicado.',
      'Je e-mailadres wordt niet gepubliceerd.',
      'Les commentaires sont fermés.',
      'Dieser Artikel kann nicht mehr kommentiert werden',
      '0 Kommentare',
      '3 commentaires',
      'Comentarios (12)',
    ])
      assert.equal(phraseReason(line), 'comments', line);
    for (const sentence of [
      'Laisser un commentaire sur le registre de la mairie est possible jusqu’au 3 mars. Le maire répondra en avril.',
      'Die Kommentare der Anwohner wurden im Rat verlesen.',
      '3 Kommentare zu diesem Thema wurden gelöscht.',
      'Los comentarios del alcalde provocaron la protesta de los vecinos.',
    ])
      assert.equal(phraseReason(sentence), null, sentence);
  });

  it('drops source and tag labels, the newsroom desk and page notices in more languages, not sentences opening with their words', () => {
    for (const [line, why] of [
      ['Извор: Телеграф', 'credit'],
      ['מקור: רשות המים', 'credit'],
      ['المصدر: وكالة الأنباء', 'credit'],
      ['स्रोत: जिला प्रशासन', 'credit'],
      ['সূত্র: প্রথম পাতা', 'credit'],
      ['নিউজ ডেস্ক', 'credit'],
      ['নিজস্ব প্রতিবেদক', 'credit'],
      ['न्यूज़ डेस्क', 'credit'],
      ['Taggar', 'related-headlines'],
      ['Ошибка в тексте? Выделите её и нажмите «Ctrl + Enter»', 'promotion'],
      ['Нашли опечатку? Сообщите нам.', 'promotion'],
      ['Denne artikkelen er over ett år gammel. Den kan inneholde utdatert informasjon.', 'promotion'],
      ['Dieser Artikel ist älter als ein Jahr.', 'promotion'],
    ] as const)
      assert.equal(phraseReason(line), why, line);
    for (const sentence of [
      'Извор воде код села пресушио је прошлог лета.',
      'Taggar och etiketter sorterades om av personalen under helgen.',
      'Ошибка в тексте закона привела к долгому спору в думе.',
      'Denne artikkelen er skrevet av elevene ved skolen i samarbeid med kommunen.',
      'নিউজ ডেস্ক থেকে জানানো হয়েছে যে আগামীকাল পৌরসভার সভা হবে।',
    ])
      assert.equal(phraseReason(sentence), null, sentence);
  });

  it('drops headings of other stories in Hindi, Hebrew and Urdu, not sentences opening with their words', () => {
    for (const heading of ['संबंधित खबरें', 'और खबरें', 'חדשות נוספות', 'مزید خبریں', 'مزیدخبریں'])
      assert.equal(phraseReason(heading), 'related-headlines', heading);
    // The heading as the page's last line under the story.
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, 'חדשות נוספות')), [PARAGRAPH_1, PARAGRAPH_2]);
    assert.equal(phraseReason('और खबरें आने पर हम इस रिपोर्ट को अपडेट करेंगे।'), null);
    assert.equal(phraseReason('חדשות נוספות על התוכנית יפורסמו בשבוע הבא.'), null);
    assert.equal(phraseReason('مزید خبریں آنے پر یہ رپورٹ اپ ڈیٹ کی جائے گی۔'), null);
  });

  it('drops a French comment form (its heading, and the note on required fields under it), not a sentence about comments', () => {
    const page = spaced('Library to close after flood', PARAGRAPH_1, PARAGRAPH_2, 'Laisser un commentaire', '* Champs obligatoires');
    assert.deepEqual(kept(page), [PARAGRAPH_1, PARAGRAPH_2]);
    assert.equal(phraseReason('Laissez un commentaire'), 'comments');
    assert.equal(phraseReason('Laisser un commentaire sur le registre de la mairie est possible jusqu’au 12 mars.'), null);
    const sentence = 'Champs obligatoires et pièces justificatives sont listés sur le formulaire de la mairie.';
    assert.deepEqual(kept(spaced('Library to close after flood', PARAGRAPH_1, sentence, PARAGRAPH_2)), [
      PARAGRAPH_1,
      sentence,
      PARAGRAPH_2,
    ]);
  });

  it('drops a Thai related heading under the story, and never takes the story of a script that writes no stops for its list', () => {
    const story = [
      'เทศบาลเมืองประกาศ ปิดห้องสมุดเก่า หลังน้ำท่วมเมื่อฤดูใบไม้ผลิที่ผ่านมา และจะย้ายหนังสือ ไปยังอาคารใหม่ ในเดือนหน้า',
      'ชาวบ้านกล่าวว่า จะขอให้นายกเทศมนตรี เปิดอาคารไว้สำหรับกลุ่มอ่านหนังสือ ที่พบกันทุกสัปดาห์ ในช่วงเย็นวันพุธ',
    ];
    assert.equal(phraseReason('ข่าวที่เกี่ยวข้อง'), 'related-headlines');
    // Thai ends no sentence with a stop: the list rule under a heading at the page's foot finds no last paragraph
    // and must not take the story's lines for the list's items.
    for (const heading of ['ข่าวที่เกี่ยวข้อง', 'Related stories', 'Tags:']) {
      const page = spaced('ห้องสมุดเก่าปิดหลังน้ำท่วม', ...story, heading);
      for (const line of story) assert.notEqual(droppedReason(page, line), 'related-headlines', `${heading}: ${line}`);
      assert.notEqual(droppedReason(page, heading), null, heading);
    }
  });

  it('drops cookie notices in the site voice, not sentences about cookies', () => {
    assert.equal(phraseReason('Bu sitede çerezler kullanılmaktadır, devam ederek kabul etmiş olursunuz'), 'promotion');
    assert.equal(phraseReason('We use cookies to improve your experience on our site.'), 'promotion');
    assert.equal(phraseReason('The bakery sold more than four hundred cookies at the school fair on Saturday.'), null);
  });

  it('drops script that leaked into the text, not sentences with brackets', () => {
    assert.equal(phraseReason("var slot = document.getElementById('ad-slot');"), 'script');
    assert.equal(phraseReason('} else {'), 'script');
    assert.equal(phraseReason('The fund (set up in 2019) paid out £3m; the rest is held in trust.'), null);
    // A line of code is dense with signs; clauses of prose between semicolons are not.
    assert.equal(phraseReason('googletag.cmd.push(function() { googletag.display("slot-top"); });'), 'script');
    assert.equal(
      phraseReason('In Northbridge the mayor won easily; in Eastfield the challenger took the town hall; in Westmoor the count goes on;'),
      null,
    );
  });

  it('reads the same kinds in twenty-odd languages, as one lexicon per kind', () => {
    const cases: Array<[string, string]> = [
      ['Реклама', 'promotion'],
      ['Χορηγούμενο', 'promotion'],
      ['Nội dung tài trợ', 'promotion'],
      ['Materiał sponsorowany', 'promotion'],
      ['Fortsetzung nach der Anzeige', 'promotion'],
      ['Chia sẻ', 'promotion'],
      ['Поделиться', 'promotion'],
      ['Facebook Messenger X Copy link', 'promotion'],
      ['Σχόλια', 'comments'],
      ['Bình luận (4)', 'comments'],
      ['Hozzászólások', 'comments'],
      ['Reply', 'comments'],
      ['Trả lời', 'comments'],
      ['Like · Reply · 3', 'comments'],
      ['À lire également', 'related-headlines'],
      ['A lire également', 'related-headlines'],
      ['Ezek érdekelhetnek még', 'related-headlines'],
      ['Tin liên quan', 'related-headlines'],
      ['Читайте также: Мэр открыл новый мост', 'related-headlines'],
      ['Wybrane dla Ciebie', 'related-headlines'],
      ['Recommended for you', 'related-headlines'],
      ['Category: Local News', 'related-headlines'],
      ['Ετικέτες: Δήμος, Σχολεία', 'related-headlines'],
      ['Forrás: MTI', 'credit'],
      ['Источник: пресс-служба мэрии', 'credit'],
      ['Źródło zdjęć: © Agencja | Jan Kowalski', 'credit'],
      ['Ảnh: Nguyễn Văn A', 'credit'],
      ['Imagen', 'caption'],
      ['Εικόνα', 'caption'],
      ['Fotogalerie', 'caption'],
      ['Masz newsa? Prześlij nam przez formularz', 'promotion'],
      ['Got a story? Send us your photos and videos', 'promotion'],
      ['Tipsa oss', 'promotion'],
      ['İyi gazetecilik posta kutunda!', 'promotion'],
      ['Haftalık bültenimizi email ile almak için abone olun.', 'promotion'],
      ['Подпишитесь на нашу рассылку', 'promotion'],
      ['Ce site utilise des cookies pour améliorer votre expérience.', 'promotion'],
      ['Этот сайт использует файлы cookie.', 'promotion'],
    ];
    for (const [line, reason] of cases) assert.equal(phraseReason(line), reason, line);
  });

  it('drops share, save and listen rows with their counts and prepositions, and the text-size widget', () => {
    for (const line of [
      'Share: Facebook Twitter Email',
      'Facebook 0 Twitter 0 Pinterest 0',
      '12 Shares',
      'Teilen: Facebook WhatsApp E-Mail',
      'Compartir en Facebook',
      'Udostępnij na Facebooku',
      'Κοινοποίηση στο Facebook',
      'Jaa Facebookissa',
      'Gift this article',
      'Listen',
      'Copy link Link copied!',
      'Text size A A A',
      'Adjust font size:',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
    for (const line of ['Share prices fell by 3%', 'Listen to the people of this town', 'Facebook shares fell 12 per cent on Tuesday']) {
      assert.equal(phraseReason(line), null, line);
    }
  });

  it('keeps sentences in those languages that open with the same words', () => {
    for (const line of [
      'Font de la Plaça was restored in 1998 with money from the town.',
      'Vir je bil zaprt do ponedeljka, so sporočili iz občine.',
      'Subscribers to the club newsletter were told about the new pitch in March.',
      'Like many towns in the region, it lost its station in the 1960s.',
      'Reply from the council came a week later, after the vote.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });

  it('keeps sentences that merely mention the words', () => {
    assert.equal(phraseReason('Readers can share their views with the council at the meeting on Monday evening.'), null);
    assert.equal(phraseReason('Von der Leyen sprach am Dienstag vor dem Parlament in Straßburg über den Haushalt.'), null);
  });
});

const asLines = (texts: string[]) => texts.map((text) => ({ text }));

describe('page language from stop words', () => {
  it('guesses the language of the longer lines', () => {
    const de = [
      'Der Gemeinderat hat am Dienstag beschlossen, dass die alte Bibliothek geschlossen wird und nicht mehr',
      'Die Bürger wollen sich mit der Entscheidung nicht abfinden und sammeln Unterschriften für den Erhalt.',
    ];
    assert.equal(languageOfMask(guessLanguage(asLines(de))), 'de');
    assert.equal(languageOfMask(guessLanguage(asLines([PARAGRAPH_1, PARAGRAPH_2]))), 'en');
  });

  it('says unknown with too little text', () => {
    assert.equal(guessLanguage(asLines(['Home', 'News', 'Sport'])), 0);
  });

  it('reads a stated language instead of guessing it, and guesses one it has no stop words for', () => {
    const text = `${PARAGRAPH_1}\n\n${PARAGRAPH_2}`;
    assert.equal(languageOfMask(labelLines(text).language), 'en');
    assert.equal(languageOfMask(labelLines(text, { language: 'de' }).language), 'de');
    assert.equal(labelLines(text, { language: 'pt-BR' }).language, maskOfLanguage('pt'));
    assert.equal(languageOfMask(labelLines(text, { language: 'ja' }).language), 'en');
  });

  it('counts the stop words of a line, case and punctuation aside', () => {
    assert.equal(stopWordCount('The mayor, of the town.', guessLanguage(asLines([PARAGRAPH_1, PARAGRAPH_2]))), 3);
  });
});

describe('line classifier', () => {
  it('drops a bulleted menu above the first paragraph', () => {
    const text = [
      'Library to close after flood',
      '• Politics',
      '• Culture',
      '• Analysis',
      '• Sport',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('drops short chrome between the headline and the first paragraph once chrome shows there', () => {
    const text = [
      'Library to close after flood',
      '',
      'Jane Smith',
      'Published 12 March 2023',
      'Local desk',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('keeps a standfirst and a fact box in a clean text head', () => {
    const text = [
      'Library to close after flood',
      '',
      'Council backs the sale of the site',
      '',
      'Opening hours:',
      '',
      'Weekdays only',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.deepEqual(kept(text), ['Council backs the sale of the site', 'Opening hours:', 'Weekdays only', PARAGRAPH_1, PARAGRAPH_2]);
  });

  it('keeps a hard-wrapped paragraph above the first sentence', () => {
    const text = [
      'Library to close after flood',
      'Published 12 March 2023',
      'The council voted on Tuesday to close',
      'the old library and sell the site to',
      'a developer. Residents plan a protest',
      '',
      PARAGRAPH_2,
    ].join('\n');
    assert.deepEqual(kept(text), [
      'The council voted on Tuesday to close',
      'the old library and sell the site to',
      'a developer. Residents plan a protest',
      PARAGRAPH_2,
    ]);
  });

  it('drops the short lines after the last paragraph once the page chrome begins', () => {
    const text = [
      'Library to close after flood',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
      '',
      'Share this article',
      'Town hall seeks new tenants',
      'Bus routes change in June',
      'Weather',
    ].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
    assert.equal(droppedReason(text, 'Town hall seeks new tenants'), 'related-headlines');
  });

  it("drops a menu of the site's sections below the article, in any language, with no chrome around it", () => {
    const text = spaced('Tour dates announced', PARAGRAPH_1, PARAGRAPH_2, 'Nyheter', 'Sport', 'Kultur & Nöje', 'Debatt');
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2]);
    assert.equal(droppedReason(text, 'Kultur & Nöje'), 'navigation');
  });

  it('keeps a list the article introduces with a colon, and fixtures, below its last paragraph', () => {
    const board = ['The new board:', 'Anna Berg', 'Tomas Lind', 'Ruth Okafor'];
    assert.deepEqual(kept(spaced('Tour dates announced', PARAGRAPH_1, ...board)), [PARAGRAPH_1, ...board]);
    const draw = ['Rovers v United', 'City v Athletic', 'Town v Wanderers'];
    assert.deepEqual(kept(spaced('Cup draw made', PARAGRAPH_1, PARAGRAPH_2, ...draw)), [PARAGRAPH_1, PARAGRAPH_2, ...draw]);
  });

  it("keeps the article's own list after the last paragraph when no chrome precedes it", () => {
    const text = ['Tour dates announced', '', PARAGRAPH_1, '', PARAGRAPH_2, '', 'JUNE', '12th Leeds Town Hall', '14th York Barbican'].join(
      '\n',
    );
    assert.deepEqual(kept(text), [PARAGRAPH_1, PARAGRAPH_2, 'JUNE', '12th Leeds Town Hall', '14th York Barbican']);
  });

  it('keeps a paragraph cut off by the end of the page', () => {
    const text = [
      'Library to close after flood',
      '',
      PARAGRAPH_1,
      '',
      PARAGRAPH_2,
      '',
      'Share this article',
      '',
      PARAGRAPH_3,
      '',
      'The mayor said the cou',
    ].join('\n');
    assert.ok(kept(text).includes('The mayor said the cou'));
  });

  it('never drops a short line between two paragraphs by shape alone', () => {
    const text = [
      'Library to close after flood',
      '',
      PARAGRAPH_1,
      '',
      'What happens next',
      '',
      PARAGRAPH_2,
      '',
      '"We will fight it"',
      '',
      PARAGRAPH_3,
    ].join('\n');
    assert.deepEqual(kept(text), [PARAGRAPH_1, 'What happens next', PARAGRAPH_2, '"We will fight it"', PARAGRAPH_3]);
  });
});
