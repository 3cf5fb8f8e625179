import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agreement, contentStems } from '../../indexer/clean/title-agreement.ts';
import { headlineOf } from '../helpers/headline.ts';

// Invented text in scripts written without spaces between words (Chinese, Thai) and in an abugida
// whose vowel signs are combining marks (Devanagari). Split on spaces, a Chinese clause or a Thai
// phrase is one "word", so a headline never shared a word with the text under it.

const ZH_HEADLINE = '市政府批准渡輪新預算';
const ZH_LEAD = '市政府昨日在議會會議上批准了渡輪公司的新預算,港口碼頭將在明年春季前完成維修工程,居民往返離島的班次也會增加。';
const ZH_LEAD2 = '渡輪公司表示,新預算會用於更換兩艘舊船及培訓船員,工程期間部分航線的班次或會短暫調整,乘客出行前應留意最新公告。';

const TH_HEADLINE = 'เทศบาลอนุมัติงบประมาณเรือข้ามฟากลำใหม่ เร่งซ่อมท่าเรือให้เสร็จก่อนฤดูฝน ชาวเกาะเฮ! เดินทางสะดวกขึ้น';
const TH_LEAD =
  'เมื่อวานนี้ สภาเทศบาลได้อนุมัติงบประมาณสำหรับเรือข้ามฟากลำใหม่ และจะซ่อมท่าเรือให้เสร็จก่อนฤดูฝน ผู้โดยสารที่เดินทางไปเกาะจะได้รับความสะดวกมากขึ้น ชาวบ้านหลายคนบอกว่ารอเรื่องนี้มานานแล้ว';
const TH_LEAD2 =
  'บริษัทเรือข้ามฟากกล่าวว่า งบประมาณใหม่จะใช้ซื้อเรือสองลำและฝึกอบรมลูกเรือ ระหว่างการซ่อมแซมท่าเรือ ตารางเดินเรือบางเที่ยวอาจเปลี่ยนแปลงชั่วคราว ผู้โดยสารควรตรวจสอบประกาศล่าสุดก่อนเดินทางทุกครั้ง';

describe('title agreement: scripts without spaces and with combining marks', () => {
  it('finds the words a Chinese headline shares with its lead', () => {
    const met = agreement(ZH_HEADLINE, contentStems(ZH_LEAD));
    assert.ok(met.shared >= 2, `shared ${met.shared} of ${met.words}`);
  });

  it('finds the words a Thai headline shares with its lead, its vowel signs kept in the words', () => {
    const met = agreement(TH_HEADLINE, contentStems(TH_LEAD));
    assert.ok(met.shared >= 3, `shared ${met.shared} of ${met.words}`);
    assert.ok(contentStems(TH_HEADLINE).has('เรือ'));
  });

  it('keeps a Devanagari word whole across its vowel signs', () => {
    assert.deepEqual([...contentStems('निगम बैठक')], ['निगम', 'बैठक']);
    assert.ok(contentStems('पार्षदों ने बैठक').has('पार्ष'));
  });

  it('shares nothing between a Chinese login line and the lead', () => {
    assert.equal(agreement('搜尋: 帳號 密碼', contentStems(ZH_LEAD)).shared, 0);
  });
});

// Invented text: Hebrew and Arabic glue a one-letter conjunction, preposition or article to the word.
describe('title agreement: letters glued to the front of Hebrew and Arabic words', () => {
  it("meets a Hebrew headline's words in the lead behind a glued letter", () => {
    const met = agreement('שריפה גדולה במפעל', contentStems('כבאים נלחמו בשריפה הגדולה שפרצה אתמול במפעל הצפוני של העיר'));
    assert.equal(met.shared, 3);
  });

  it("meets an Arabic headline's words in the lead behind a glued letter, each word once", () => {
    const met = agreement('الشرطة تغلق الطريق', contentStems('وقالت الشرطة إن السيارات لن تمر والطريق سيبقى مغلقا حتى المساء'));
    assert.deepEqual(met, { words: 3, shared: 2 });
  });
});

describe('title: headlines in scripts without spaces', () => {
  it('takes a Chinese headline under a login line, a clock and a breadcrumb, not the login line', () => {
    const page = [
      '搜尋: 帳號 密碼',
      '首頁 | 搜尋 | 訂閱 | | 簡體',
      '2031年3月9日 星期日',
      '您的位置: 首頁 >> 本地 >> 正文',
      '',
      ZH_HEADLINE,
      '',
      ZH_LEAD,
      '',
      ZH_LEAD2,
    ];
    assert.equal(headlineOf(page), ZH_HEADLINE);
  });

  it('takes a Chinese headline that ties with a promotion line over it, as a Latin one would', () => {
    assert.equal(headlineOf(['訂閱 離島 電子報 優惠', '', ZH_HEADLINE, '', ZH_LEAD, '', ZH_LEAD2]), ZH_HEADLINE);
  });

  // Counted at two letters a word, a long Thai headline read as a paragraph and ended the search.
  it('takes a long Thai headline under its section label, not the label', () => {
    const page = ['ข่าวท้องถิ่น', '', TH_HEADLINE, '', 'โดย ผู้สื่อข่าว', '', TH_LEAD, '', TH_LEAD2];
    assert.equal(headlineOf(page), TH_HEADLINE);
  });

  // Guards: now that these lines share words with the lead, they must not be read as a headline under its teaser.
  it('takes no caption or sentence under a page that opens with its lead for the headline (the page has none)', () => {
    const opening = `居民多年來一直要求改善離島交通,議員在會上多次追問碼頭維修的進度及渡輪班次安排,${ZH_LEAD}`;
    const caption = '渡輪預算';
    assert.equal(headlineOf([opening, '', caption, '', ZH_LEAD2]), undefined);
    const sentence = '市政府表示預算會用於維修碼頭。';
    assert.equal(headlineOf([opening, '', sentence, '', ZH_LEAD2]), undefined);
  });
});
