/**
 * The newsroom's own credit opening the story in the Arabic script (issue 18, task 18out12): the
 * Urdu press's "CITY: (NAME)" with no dash after the bracket, and the Persian "به گزارش NAME،" ("as
 * NAME reports"), past its desk or reporter; never a wire, named or spelled in letters, nor a public
 * relations office. Every page and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const UR_HEADLINE = 'بندرگاہ کی کشتیوں کا نیا شیڈول';
const UR_FIRST = 'شہر کی بندرگاہ پر صبح کی پہلی کشتی اب آدھا گھنٹہ پہلے روانہ ہوگی، بورڈ نے مسافروں کے سروے کے بعد یہ فیصلہ کیا۔';
const UR_SECOND =
  'کرایہ وہی رہے گا اور شام کی آخری کشتی کا وقت بھی نہیں بدلے گا، بورڈ کے ترجمان نے بتایا اور کہا کہ نیا شیڈول دونوں گھاٹوں پر ملے گا۔';

const FA_HEADLINE = 'تغییر برنامه حرکت کشتی از بهار';
const FA_FIRST =
  'هیئت مدیره بندر اعلام کرد که نخستین کشتی صبح از فروردین نیم ساعت زودتر حرکت خواهد کرد و این تصمیم پس از نظرسنجی از مسافران گرفته شد.';
const FA_SECOND = 'بهای بلیت برای دارندگان کارت فصلی تغییر نمی‌کند و آخرین کشتی شب همان ساعت همیشگی حرکت می‌کند، سخنگوی هیئت مدیره بندر گفت.';

const urdu = (opening: string) => `${UR_HEADLINE}\n\n${opening} ${UR_FIRST}\n\n${UR_SECOND}`;
const persian = (opening: string) => `${FA_HEADLINE}\n\n${opening} ${FA_FIRST}\n\n${FA_SECOND}`;

describe('the newsroom opening the story in the Arabic script', () => {
  it('reads the Urdu "CITY: (NAME)" and "(NAME)" with no dash after', () => {
    assert.equal(outletOf(urdu('کراچی: (ساحل نیوز)')), 'ساحل نیوز');
    assert.equal(outletOf(urdu('(ساحل نیوز)')), 'ساحل نیوز');
  });

  it('reads no Urdu wire, named or spelled in letters, as the site', () => {
    assert.equal(outletOf(urdu('لاہور (آئی این پی)')), 'Unknown');
    assert.equal(outletOf(urdu('لاہور (ثنا نیوز)')), 'Unknown');
  });

  it('reads the Persian "به گزارش NAME،", past its desk or reporter', () => {
    assert.equal(outletOf(persian('به گزارش بندرنما،')), 'بندرنما');
    assert.equal(outletOf(persian('به گزارش گروه اقتصادی بندرنما،')), 'بندرنما');
    assert.equal(outletOf(persian('به گزارش خبرنگار بندرنما،')), 'بندرنما');
  });

  it('reads no site in a public relations office’s report, nor in a wire’s', () => {
    assert.equal(outletOf(persian('به گزارش روابط عمومی شهرداری،')), 'Unknown');
    assert.equal(outletOf(persian('به گزارش ایسنا،')), 'Unknown');
  });
});
