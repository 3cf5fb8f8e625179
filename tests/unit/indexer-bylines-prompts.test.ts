/**
 * Bylines by structure and by the trade's words, and subscribe prompts in many languages
 * (indexer/clean/bylines.ts, indexer/clean/subscribe-prompts.ts, issue 18). Each rule has body
 * lines of nearly the same shape or words that must stay. The text and the names are invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { isPlacedByline, isWordedByline } from '../../indexer/clean/bylines.ts';
import { phraseReason } from '../../indexer/clean/phrases.ts';

const HEADLINE = 'Ferry service to resume after the storm';
const P1 = 'The harbour authority said on Monday that the ferry to the islands would run again from Thursday morning.';
const P2 = 'Repairs to the pier took longer than expected because the storm had washed away part of the landing stage.';
const P3 = 'Islanders who travelled by the mainland road during the closure will be refunded the toll, the council said.';

const page = (lines: string[]) => cleanText(lines.join('\n\n'));
const kept = (lines: string[]) => page(lines).kept.map((l) => l.text);
const droppedAs = (lines: string[], text: string) => page(lines).dropped.find((d) => d.text === text)?.reason ?? null;

describe('subscribe prompts', () => {
  it('drops an order to the reader that names the outlet’s channel, newsletter, app or mailbox, in many languages', () => {
    for (const line of [
      'Follow our Telegram channel for the latest updates',
      'Join us on Facebook!',
      'Segui il nostro canale su WhatsApp: clicca qui',
      'Ikuti kanal Telegram kami untuk berita terbaru',
      'Langgani saluran WhatsApp kami untuk berita pilihan.',
      'Telli uudiskiri ja saad uudised oma postkasti.',
      'Dołącz do nas na Instagramie!',
      'Obserwuj nasz kanał w Google News',
      'Suivez-nous sur notre chaîne WhatsApp', // "suivez" and a platform
      'Síguenos en nuestro canal de Telegram',
      'Abonniere unseren Newsletter und erhalte die Nachrichten jeden Morgen.',
      'Muat turun aplikasi kami sekarang. Klik di sini!',
      'Подпишитесь на наш канал в Telegram',
      'Theo dõi kênh YouTube của chúng tôi',
      'Pour nous soutenir, achetez le journal ou abonnez-vous !',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
  });

  it('keeps story sentences that open with the same verbs or name the same platforms', () => {
    for (const line of [
      'Follow-up talks between the two ministers are planned for next week.',
      'Join the queue early, the organisers advised, as tickets are limited.',
      'Like many residents, she first heard about the closure on a Telegram channel run by neighbours.',
      'The ministry said the app had been downloaded two million times since its launch in March.',
      'Download speeds in rural areas remain below the national average, the regulator found.',
      'Segui la strada fino al ponte e poi gira a sinistra, dice il cartello vicino al lago.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });

  it('drops a prompt of up to 25 words that is the trade’s only content, and keeps a longer paragraph', () => {
    const prompt =
      'Subscribe to our newsletter and get the most important stories of the day delivered to you every morning before breakfast.';
    assert.equal(phraseReason(prompt), 'promotion');
    const paragraph = `${prompt.replace(/\.$/, '')}, the outlet told readers in a letter that also explained why the price of the print edition was going up.`;
    assert.equal(phraseReason(paragraph), null);
  });
});

describe('bylines by the trade’s words', () => {
  it('recognises a "by" word and a name with a date, a role or brackets, in several languages', () => {
    for (const line of [
      'Af Karen Holm, Tirsdag, 02/01/2024 09:16',
      '(Por Julián Ortega)',
      'Von Greta Albers | Redakteurin',
      'Piše: HINA',
      'Του Νίκου Παππά',
      '김민수 기자 minsu@example.com',
      '【本报记者王小明报道】',
      '责任编辑：李华',
      '責任编辑: 苏明',
    ]) {
      assert.ok(isWordedByline(line), line);
    }
  });

  it('leaves sentences that open with "by", "de" or "di" and name a day or a person', () => {
    for (const line of [
      'By Tuesday evening the river had fallen below the warning mark.',
      'De Vries said the plan would cost more than expected.',
      'Di Stefano',
      '记者从市交通局获悉，新线路将于下月开通，预计每日客流量超过十万人次。',
    ]) {
      assert.equal(isWordedByline(line), false, line);
    }
  });

  it('drops a worded byline anywhere on the page, the headline staying as it was', () => {
    const result = page([HEADLINE, P1, 'Af Karen Holm, Tirsdag, 02/01/2024 09:16', P2, P3]);
    assert.equal(result.headline?.text, HEADLINE);
    assert.equal(result.dropped.find((d) => d.text.startsWith('Af Karen'))?.reason, 'credit');
  });

  it('leaves the headline where it was when a byline sits between a label and the headline', () => {
    // A "de" byline under a long headline: labelling it before the headline is chosen moved the
    // choice to the repeated short headline further down.
    const long = 'Harbour reopens after the storm! Ferries run again from Thursday, council says';
    const result = page([long, 'De Ana Pereira', 'Harbour reopens after the storm', P1, P2, P3]);
    assert.equal(result.headline?.text, long);
    assert.equal(droppedAs([long, 'De Ana Pereira', 'Harbour reopens after the storm', P1, P2, P3], 'De Ana Pereira'), 'credit');
  });
});

describe('bylines by their place', () => {
  it('knows the shapes: a name alone, with a role or a date, a newsroom, initials in brackets', () => {
    for (const line of [
      'Jane van der Berg',
      'Chief Ana Ruiz',
      'Tomasz Nowak/Redakcja',
      '2026-01-15, 07:45  Ola Berg/Redakcja',
      'Redacció',
      '(jd)',
    ]) {
      assert.ok(isPlacedByline(line), line);
    }
    for (const line of [
      'Premier League – 31. kolo:',
      'Northside United – Harbour FC 1-2',
      'What happens next?',
      'Opening hours',
      'Results',
    ]) {
      assert.equal(isPlacedByline(line), false, line);
    }
  });

  it('drops a newsroom under the headline and initials right after the story', () => {
    for (const [lines, line] of [
      [[HEADLINE, P1, P2, P3, '(jd)'], '(jd)'],
      [[HEADLINE, 'Redacció', P1, P2, P3], 'Redacció'],
      [[HEADLINE, 'Toimitus', P1, P2, P3], 'Toimitus'],
    ] as const) {
      assert.equal(droppedAs([...lines], line), 'credit', line);
    }
  });

  it('keeps a venue under the headline of a clean text (no chrome on the page), shaped as a name is', () => {
    for (const venue of ['Stade du Port, Brest', 'Harbour Park']) assert.ok(kept([HEADLINE, venue, P1, P2, P3]).includes(venue), venue);
  });

  it('keeps the same shapes between the paragraphs (a speaker, a subheading) and a name cut off at the page’s end', () => {
    assert.ok(kept([HEADLINE, P1, 'Maria Kowalczyk', P2, P3]).includes('Maria Kowalczyk'));
    assert.ok(kept([HEADLINE, P1, P2, 'Harbour Master', P3]).includes('Harbour Master'));
    // The page's last line after the story, a name alone: perhaps a paragraph the excerpt cut.
    assert.ok(kept([HEADLINE, P1, P2, P3, 'Cllr Hanna']).includes('Cllr Hanna'));
  });
});

describe('bylines in more of the trade’s languages and shapes (issue 18, 18sb)', () => {
  it('recognises a "by" word or a writer’s label and a name in many languages and scripts', () => {
    for (const line of [
      'Escrito por Lucía Domínguez, Sevilla',
      'Écrit par Camille Roux',
      'Scritto da Paolo Ferri',
      'A cura di Giulia Conti',
      'Geschreven door Pieter de Wit',
      'Verfasst von Anna Brenner',
      'oprac. Ewa Lis',
      'Napsal Jakub Černý',
      'Γράφει η Ελένη Κωστοπούλου',
      'Tác giả: Lê Minh Châu',
      'Ditulis oleh Rina Wulandari',
      'Ni Carlo Reyes Santos',
      'Yazar: Elif Kaya',
      'Автор: Ирина Соколова',
      'بقلم سامي الخطيب',
      'إعداد: ليلى حداد',
      'מאת נועה לוי',
      'लेखक: अनिल वर्मा',
      'โดย สมศรี ใจงาม',
    ]) {
      assert.ok(isWordedByline(line), line);
    }
  });

  it('leaves sentences and places that open with the same short words', () => {
    for (const line of [
      'كتب الرئيس على حسابه أن المفاوضات ستستمر',
      'Per Natale',
      'Na Slovensku',
      'Ni siquiera el alcalde sabía la hora de la reunión.',
      'Per la prima volta il consiglio ha votato contro il bilancio.',
    ]) {
      assert.equal(isWordedByline(line), false, line);
    }
  });

  it('drops initials with full stops and a name after a lower-case rank right after the story', () => {
    assert.equal(droppedAs([HEADLINE, P1, P2, P3, 'K.L.'], 'K.L.'), 'credit');
    const signed = '3. dubna 2025; npor. Mgr. Petra Dvořáková';
    assert.equal(droppedAs([HEADLINE, P1, P2, P3, signed, 'Contact us'], signed), 'credit');
  });

  it('reads two writers joined by "and" in several languages, and a writer’s e-mail or handle, as a byline', () => {
    for (const line of [
      'By Jane Holm and Peter Vik',
      'Von Anna Berg und Paul Kern',
      'Ola Dahl | ola.dahl@example.org',
      'Maria Kos @mariakos',
    ]) {
      assert.ok(isWordedByline(line) || isPlacedByline(line), line);
    }
    assert.equal(
      droppedAs([HEADLINE, P1, P2, P3, 'Ola Dahl | ola.dahl@example.org', 'Contact us'], 'Ola Dahl | ola.dahl@example.org'),
      'credit',
    );
    // Two things joined by "and" in lower case, or with no capital after it, stay out.
    for (const line of ['Bread and butter', 'Rock and Roll Hall of Fame']) assert.equal(isPlacedByline(line), false, line);
  });

  it('reads a name followed by a written date in any language the date reader knows, split at its comma', () => {
    for (const line of ['Jane Holm · March 5, 2021', 'Ana Ruiz, 5 de marzo de 2021 10:30', 'Von Anna Berg, 5. März 2021']) {
      assert.ok(isWordedByline(line) || isPlacedByline(line), line);
    }
    assert.equal(
      droppedAs([HEADLINE, P1, P2, P3, 'Ana Ruiz, 5 de marzo de 2021 10:30', 'Contact us'], 'Ana Ruiz, 5 de marzo de 2021 10:30'),
      'credit',
    );
    // Without a name first, or on a clean text's head, a place and a date stay.
    assert.equal(isPlacedByline('Stade du Port, March 5, 2021', false), false);
  });

  it('drops a signature after the story of a clean text, and a name with its filing time or desk under the headline', () => {
    // A clean text: no line on the page is chrome. After the story, a name and a town sign a letter.
    assert.equal(droppedAs([HEADLINE, P1, P2, P3, 'Harold Finch, Millbrook', 'Harbour notes'], 'Harold Finch, Millbrook'), 'credit');
    const stamped = '2024-03-05, 07:45 Ola Berg/Newsroom';
    assert.equal(droppedAs([HEADLINE, stamped, P1, P2, P3], stamped), 'credit');
    // The venue under the headline of a clean text stays (the older test), and so does a place with a date.
    assert.ok(kept([HEADLINE, 'Stade du Port, Brest', P1, P2, P3]).includes('Stade du Port, Brest'));
  });
});

describe('subscribe and support prompts in more languages and wordings (issue 18, 18sb)', () => {
  it('drops the order and what it sells in more of the most-used languages of news, spaced or not', () => {
    for (const line of [
      'Subscriu-te al nostre butlletí diari',
      'Sledite nam na Facebooku in Instagramu',
      'Пратите нас на Телеграм каналу',
      'Užsiprenumeruokite mūsų naujienlaiškį',
      'Na ndiqni në kanalin tonë në YouTube',
      'Bizi izləyin: Telegram kanalımız',
      'کانال تلگرام ما را دنبال کنید',
      'ہمارا واٹس ایپ چینل فالو کریں',
      'हमें फॉलो करें: व्हाट्सएप चैनल',
      'আমাদের ফলো করুন ফেসবুক পেজে',
      'ติดตามช่อง YouTube ของเรา',
      'ニュースレターを購読する',
      '订阅我们的新闻频道',
      '뉴스레터 구독하기',
      'Sundan kami sa aming Facebook page',
      'Jiunge na chaneli yetu ya WhatsApp',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
  });

  it('drops the order in a later sentence of a short line, a prompt carrying its link, a call for support and a short call', () => {
    for (const line of [
      'Never miss a story. Sign up for our morning newsletter.',
      'Breaking news as it happens – follow our channel on Telegram',
      'Get the day’s main stories on your phone every morning and the alerts you choose during the day. Join our WhatsApp channel at https://example.com/wa-channel and tap the bell to hear from us first.',
      'Support independent journalism',
      'Unterstützen Sie unabhängigen Journalismus.',
      'Soutenez-nous !',
      'Wesprzyj nas',
      'Faites un don',
      'Subscribe now!',
      'Jetzt registrieren',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
  });

  it('keeps story lines with the same verbs or nouns, and a paragraph in a script without spaces', () => {
    for (const line of [
      'Support for the plan grew among farmers after the second dry summer.',
      'The app was criticised by users. Download numbers fell sharply in May.',
      'Follow the coast road to the old harbour and turn left at the chapel.',
      'Back to the story, the mayor said, before the council voted.',
      '关注度持续上升，该应用在过去一年中的下载量增长了三倍，多家媒体频道报道了这一消息，分析人士认为这与政策变化有关。',
      'Subscribers to the printed edition rose to two hundred thousand.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('the outlet’s pitch written as a sentence to the reader (issue 18, 18junk)', () => {
  it('drops a line that speaks to the reader about what the outlet sells, with the sale or "us", in several languages', () => {
    for (const line of [
      'If you liked this report you can sign up to our weekly email for more.',
      'Your trial access has ended, but the best of the Courier is within reach. Renew your subscription now.',
      'De Krant in uw mailbox?',
      'Ontvang onze nieuwsbrief en blijf op de hoogte, wil je dat?',
      'Naše aplikacije možete preuzeti sa Google Play i App Store.',
      'Apunta’t al butlletí i rebràs cada dia la informació que afecta la teva butxaca',
    ]) {
      assert.equal(phraseReason(line), 'promotion', line);
    }
  });

  it('keeps story lines that speak to the reader about an app or a platform, and a quote of the pitch', () => {
    for (const line of [
      'If you use the banking app, check that your phone has the latest update before Friday.',
      'Your Facebook account may have been exposed, the company warned on Tuesday.',
      '“Sign up to our newsletter and you will never miss a deal,” the shop told customers.',
      'You can now pay the ferry fare with the city’s app, the council said.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});

describe('a pointer to the story told elsewhere (issue 18, 18junk)', () => {
  it('drops a line that opens by sending the reader to the full story', () => {
    for (const line of [
      'See the full story below.',
      'The full statement can be found here.',
      'For more on this story, see the sources below:',
      'Czytaj dalej',
    ]) {
      assert.notEqual(phraseReason(line), null, line);
    }
  });

  it('keeps story sentences about a full report or a statement', () => {
    for (const line of [
      'The full report will be published by the ministry in March.',
      'For more than a decade the harbour has flooded every winter.',
      'See how the council voted, the mayor told reporters.',
    ]) {
      assert.equal(phraseReason(line), null, line);
    }
  });
});
