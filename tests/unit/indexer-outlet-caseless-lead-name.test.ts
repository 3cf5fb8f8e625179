/**
 * The publication's name opening the story's first paragraph in a script without capitals (issue
 * 18, task 18out31): "NAME – story…", "NAME ডিজিটাল ডেস্কঃ story…" (its desk and the Bengali
 * visarga for a colon). A town, a reporter's credit or a news agency stands in the same slot, so
 * the name must hold a trade noun of its script and a word of its own, and never be a wire. Every
 * page and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const AR_HEADLINE = 'تغيير مواعيد العبارة اعتبارا من الربيع';
const AR_LEAD =
  'قرر مجلس الميناء تقديم موعد أول رحلة صباحية للعبارة نصف ساعة اعتبارا من شهر أبريل بعد استطلاع لآراء الركاب اليوميين في المدينة.';
const AR_REST = [
  'وقال المجلس إن أسعار التذاكر تبقى كما هي لحاملي الاشتراكات الموسمية وإن آخر رحلة مسائية تحتفظ بموعدها المعتاد دون أي تغيير.',
  'وسيوزع موظفو الميناء الجدول الجديد على الرصيفين خلال الأسبوع الأول من التغيير كما سينشر على لوحات الإعلان في المحطة.',
].join('\n\n');
const arPage = (opening: string) => `${AR_HEADLINE}\n\n${opening} ${AR_LEAD}\n\n${AR_REST}`;

const BN_HEADLINE = 'বসন্ত থেকে ফেরির সময়সূচি বদলাচ্ছে';
const BN_LEAD =
  'বন্দর পর্ষদ এপ্রিল থেকে সকালের প্রথম ফেরি আধা ঘণ্টা আগে ছাড়বে বলে জানিয়েছে, যাত্রীদের এক জরিপের পর এই সিদ্ধান্ত নেওয়া হয়েছে বলে কর্মকর্তারা জানান।';
const BN_REST = [
  'মৌসুমি টিকিটধারীদের ভাড়া একই থাকবে এবং সন্ধ্যার শেষ নৌকাটিও আগের সময়েই ছাড়বে বলে পর্ষদ জানিয়েছে, তবে দুপুরের রুটে কোনো পরিবর্তন আসছে না।',
  'পরিবর্তনের প্রথম সপ্তাহে বন্দরের কর্মীরা দুই জেটিতেই যাত্রীদের হাতে নতুন সময়সূচি তুলে দেবেন এবং স্টেশনের নোটিশ বোর্ডেও তা টাঙানো থাকবে।',
].join('\n\n');
const bnPage = (opening: string) => `${BN_HEADLINE}\n\n${opening} ${BN_LEAD}\n\n${BN_REST}`;

describe("the lead's opening name in a script without capitals", () => {
  it('reads a publication set off by a dash', () => {
    assert.equal(outletOf(arPage('صحيفة المرفأ –')), 'صحيفة المرفأ');
  });

  it('reads a publication before its desk and the visarga', () => {
    assert.equal(outletOf(bnPage('বন্দর সংবাদ ডিজিটাল ডেস্কঃ')), 'বন্দর সংবাদ');
  });

  it('leaves a town, a news agency, a reporter and a trade noun alone unread', () => {
    assert.equal(outletOf(arPage('المرفأ الجديد –')), 'Unknown');
    assert.equal(outletOf(arPage('وكالة الأنباء المرفئية –')), 'Unknown');
    assert.equal(outletOf(bnPage('নিজস্ব প্রতিবেদকঃ')), 'Unknown');
    assert.equal(outletOf(bnPage('সংবাদ:')), 'Unknown');
  });
});
