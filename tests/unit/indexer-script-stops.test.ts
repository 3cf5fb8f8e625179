/**
 * Sentence marks of other scripts (issue 18: a Japanese page skipped whole). A story whose
 * paragraphs end in "。" never "ended a sentence", so the rule that looks for the last real
 * paragraph took the story, with the list of dated links below it, for a list of other headlines.
 * The text is invented.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText } from '../../indexer/clean/index.ts';
import { endsSentenceAnyScript } from '../../indexer/clean/script-stops.ts';
import { endsSentence } from '../../indexer/clean/shape.ts';

const STORY =
  '昨日の夕方、駅前の広場で自転車が盗まれる事件があり、通りかかった人たちが一時騒然となった。' +
  '警察によると、近くにいた男が自転車に乗って逃げようとしたところを、駆けつけた警察官に取り押さえられたという。けが人はいなかった。';
const BELOW = ['取り押さえられた男', '(写真は読者提供)', '関連記事', '2019年3月2日 09:15', '2019年2月27日 18:40', '2019年2月20日 11:05'];

describe('sentence marks of other scripts', () => {
  it('reads ideographic, fullwidth, danda and Arabic marks as sentence ends, closers aside', () => {
    for (const t of [STORY, '本当か？', '止まれ！」', 'पुलिस ने उसे पकड़ लिया।', 'هل وصل الشرطي؟', 'A plain one.'])
      assert.ok(endsSentenceAnyScript(t), t);
    for (const t of ['関連記事', '2019年3月2日 09:15', 'Latest news', '相手は、']) assert.ok(!endsSentenceAnyScript(t), t);
  });

  it('keeps a story in a script without "." above a list of dated links', () => {
    const clean = cleanText([STORY, '', ...BELOW].join('\n'));
    assert.deepEqual(
      clean.kept.map((l) => l.text),
      [STORY],
    );
  });
});

/**
 * Scripts whose sentences end in their own full stop (Khmer "។", Burmese "။", Tibetan "།") or in none
 * (Thai, Lao). Every rule that finds the story by its sentence ends read their paragraphs as headlines:
 * a list heading at the foot took the whole story as its items, the first paragraph was taken for the
 * headline, and the line model dropped the last paragraph of a short page. Invented text.
 */
const PAGES: Record<string, { head: string; paras: string[]; items: string[] }> = {
  thai: {
    head: 'เทศบาลปิดห้องสมุดเก่าหลังน้ำท่วม',
    paras: [
      'เทศบาลเมืองประกาศ ปิดห้องสมุดเก่า หลังน้ำท่วมเมื่อฤดูใบไม้ผลิที่ผ่านมา และจะย้ายหนังสือ ไปยังอาคารใหม่ ในเดือนหน้า โดยเจ้าหน้าที่ระบุว่า ตัวอาคารได้รับความเสียหายมากเกินกว่าจะซ่อมแซม',
      'ชาวบ้านกล่าวว่า จะขอให้นายกเทศมนตรี เปิดอาคารไว้สำหรับกลุ่มอ่านหนังสือ ที่พบกันทุกสัปดาห์ ในช่วงเย็นวันพุธ อย่างน้อยจนถึงสิ้นปีนี้ เพราะยังไม่มีสถานที่อื่นในละแวกนั้น',
      'คณะกรรมการวางแผนเมือง คาดว่าจะตัดสินใจเรื่องการขายที่ดิน ในการประชุมครั้งถัดไป เดือนพฤษภาคม หลังจากได้รับความเห็น จากประชาชนในพื้นที่แล้ว',
    ],
    items: ['สะพานใหม่เปิดใช้ก่อนกำหนด', 'ตลาดน้ำเตรียมจัดงานประจำปี'],
  },
  lao: {
    head: 'ເທດສະບານປິດຫໍສະໝຸດເກົ່າ ຫຼັງນ້ຳຖ້ວມ',
    paras: [
      'ເທດສະບານເມືອງ ໄດ້ປະກາດປິດຫໍສະໝຸດເກົ່າ ຫຼັງຈາກນ້ຳຖ້ວມໃນລະດູໃບໄມ້ປົ່ງທີ່ຜ່ານມາ ແລະ ຈະຍ້າຍປຶ້ມໄປຫາອາຄານໃໝ່ ໃນເດືອນໜ້າ ໂດຍເຈົ້າໜ້າທີ່ກ່າວວ່າ ອາຄານໄດ້ຮັບຄວາມເສຍຫາຍຫຼາຍເກີນກວ່າຈະສ້ອມແປງ',
      'ຊາວບ້ານກ່າວວ່າ ພວກເຂົາຈະຂໍໃຫ້ເຈົ້າເມືອງ ເປີດອາຄານໄວ້ສຳລັບກຸ່ມອ່ານປຶ້ມ ທີ່ພົບກັນທຸກອາທິດ ໃນຕອນແລງວັນພຸດ ຢ່າງໜ້ອຍຈົນຮອດທ້າຍປີນີ້ ເພາະຍັງບໍ່ມີສະຖານທີ່ອື່ນ',
      'ຄະນະກຳມະການວາງແຜນ ຄາດວ່າຈະຕັດສິນເລື່ອງການຂາຍທີ່ດິນ ໃນກອງປະຊຸມຄັ້ງຕໍ່ໄປ ໃນເດືອນພຶດສະພາ ຫຼັງຈາກໄດ້ຮັບຄຳເຫັນ ຈາກປະຊາຊົນໃນເຂດ',
    ],
    items: ['ຂົວໃໝ່ເປີດໃຊ້ກ່ອນກຳນົດ', 'ຕະຫຼາດນັດກຽມຈັດງານປະຈຳປີ'],
  },
  khmer: {
    head: 'សាលាក្រុងបិទបណ្ណាល័យចាស់ក្រោយទឹកជំនន់',
    paras: [
      'សាលាក្រុងបានប្រកាសបិទបណ្ណាល័យចាស់ ក្រោយទឹកជំនន់កាលពីរដូវផ្ការីកកន្លងទៅ ហើយនឹងផ្លាស់សៀវភៅទៅអគារថ្មីនៅខែក្រោយ។',
      'អ្នកភូមិបាននិយាយថា ពួកគេនឹងស្នើសុំអភិបាលក្រុង ឱ្យបើកអគារសម្រាប់ក្រុមអានសៀវភៅ ដែលជួបគ្នារៀងរាល់សប្តាហ៍។',
      'គណៈកម្មាធិការផែនការ រំពឹងថានឹងសម្រេចលើការលក់ដីនៅក្នុងកិច្ចប្រជុំលើកក្រោយ នៅខែឧសភា។',
    ],
    items: ['ស្ពានថ្មីបើកឱ្យប្រើមុនកាលកំណត់', 'ផ្សាររៀបចំពិធីប្រចាំឆ្នាំ'],
  },
  burmese: {
    head: 'မြို့တော်ခန်းမ စာကြည့်တိုက်ဟောင်းကို ပိတ်မည်',
    paras: [
      'ပြီးခဲ့သည့် နွေဦးရာသီ ရေကြီးမှုနောက်ပိုင်း မြို့တော်ခန်းမသည် စာကြည့်တိုက်ဟောင်းကို ပိတ်ရန် ကြေညာခဲ့ပြီး စာအုပ်များကို လာမည့်လတွင် အဆောက်အအုံသစ်သို့ ရွှေ့မည်ဖြစ်သည်။',
      'ဒေသခံများက အပတ်စဉ် တွေ့ဆုံသော စာဖတ်အဖွဲ့များအတွက် အဆောက်အအုံကို ဖွင့်ထားပေးရန် မြို့တော်ဝန်ထံ တောင်းဆိုမည်ဟု ပြောကြားခဲ့သည်။',
      'မြေနေရာ ရောင်းချရေးဆိုင်ရာ ဆုံးဖြတ်ချက်ကို မေလတွင် ကျင်းပမည့် စီမံကိန်းကော်မတီ အစည်းအဝေးတွင် ချမှတ်မည်ဟု မျှော်လင့်ရသည်။',
    ],
    items: ['တံတားသစ် စောစီးစွာ ဖွင့်လှစ်', 'ဈေးပွဲတော် ပြင်ဆင်'],
  },
  tibetan: {
    head: 'གྲོང་ཁྱེར་གྱིས་དཔེ་མཛོད་ཁང་རྙིང་པ་སྒོ་བརྒྱབ',
    paras: [
      'ཆུ་ལོག་བྱུང་རྗེས་གྲོང་ཁྱེར་ལས་ཁུངས་ཀྱིས་དཔེ་མཛོད་ཁང་རྙིང་པ་སྒོ་རྒྱག་རྒྱུའི་གསལ་བསྒྲགས་བྱས་ཤིང་། དཔེ་ཆ་རྣམས་ཟླ་བ་རྗེས་མར་ཁང་བ་གསར་པར་སྤོ་རྒྱུ་རེད།',
      'གྲོང་མི་ཚོས་བཤད་དོན། ཁོང་ཚོས་གྲོང་དཔོན་ལ་གཟའ་འཁོར་རེ་རེར་འཛོམས་པའི་དཔེ་ཀློག་ཚོགས་པའི་ཆེད་དུ་ཁང་བ་ཕྱེ་ནས་བཞག་རོགས་ཞུ་རྒྱུ་རེད།',
      'ས་ཆ་འཚོང་རྒྱུའི་ཐག་གཅོད་དེ་ཟླ་བ་ལྔ་པའི་འཆར་འགོད་ཚོགས་ཆུང་གི་ཚོགས་འདུའི་ཐོག་བྱེད་རྒྱུ་རེད།',
    ],
    items: ['ཟམ་པ་གསར་པ་དུས་ལས་སྔ་བར་སྒོ་ཕྱེ', 'ཁྲོམ་གྱི་ལོ་རེའི་དུས་ཆེན་གྲ་སྒྲིག'],
  },
};
const page = (...lines: string[]) => lines.join('\n\n');

describe('scripts that end a sentence with their own stop or with none', () => {
  it('reads Khmer, Burmese and Tibetan stops and long Thai and Lao lines of several clauses as sentence ends', () => {
    for (const [name, p] of Object.entries(PAGES)) for (const t of p.paras) assert.ok(endsSentence(t), `${name}: ${t}`);
    for (const [name, p] of Object.entries(PAGES)) {
      assert.ok(!endsSentence(p.head), `${name} headline`);
      for (const t of p.items) assert.ok(!endsSentence(t), `${name}: ${t}`);
    }
    // Refused: a long Thai headline in three clauses, and a long Thai line of one clause (a label run on).
    const longHeadline =
      'นายกเทศมนตรีเผยแผนย้ายหนังสือทั้งหมดจากห้องสมุดเก่าไปยังอาคารใหม่ใจกลางเมือง หลังน้ำท่วมหนักเมื่อฤดูใบไม้ผลิ ชาวบ้านเรียกร้องให้เปิดพื้นที่อ่านหนังสือชั่วคราว';
    assert.ok(longHeadline.length >= 120);
    assert.ok(!endsSentence(longHeadline));
    assert.ok(!endsSentence(PAGES.thai!.paras[0]!.replaceAll(' ', '')));
  });

  it('keeps the story and its headline above a list under a heading at the foot', () => {
    for (const [name, p] of Object.entries(PAGES)) {
      for (const heading of ['Related stories', 'Tags:']) {
        const clean = cleanText(page(p.head, ...p.paras, heading, ...p.items));
        assert.deepEqual(
          clean.kept.map((l) => l.text),
          p.paras,
          `${name} under ${heading}`,
        );
        assert.equal(clean.headline?.text, p.head, `${name} headline`);
      }
    }
  });

  it('keeps the story over a run of short teaser lines with no heading', () => {
    // The paragraphs are sentences of three to eight clauses: counted in spaced words they were no
    // paragraphs, and the rule that finds the story's end under its last paragraph took them as teasers.
    for (const [name, p] of Object.entries(PAGES)) {
      const teasers = [...p.items, `${p.items[0]} ${p.items[1]!.slice(0, 8)}`];
      const clean = cleanText(page(p.head, ...p.paras, ...teasers));
      for (const para of p.paras)
        assert.ok(
          clean.kept.some((l) => l.text === para),
          `${name}: ${para}`,
        );
    }
  });

  it('keeps the last paragraph of a short page over a share button', () => {
    for (const [name, p] of Object.entries(PAGES)) {
      const clean = cleanText(page(p.head, p.paras[0]!, p.paras[1]!, 'Share this article'));
      assert.deepEqual(
        clean.kept.map((l) => l.text),
        [p.paras[0], p.paras[1]],
        name,
      );
    }
  });
});
