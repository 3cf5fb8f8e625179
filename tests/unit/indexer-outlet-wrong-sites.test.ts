/**
 * Three places that named someone or something other than the page's outlet (issue 18, task
 * 18out32): the Urdu press's bracket signing with its report or desk ("CITY (NAME رپورٹ)", read whole
 * as the name), a title line's pipe followed by the headline's second clause in a script without
 * capitals, and a title line made of a table's cells whose label came back as the "site". Every page
 * and outlet here is invented for the test.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadLanguageDetector } from '../../indexer/pipeline.ts';
import { BODY, outletOf } from '../helpers/ferry-story.ts';

await loadLanguageDetector();

const UR_HEADLINE = 'بندرگاہ کی کشتیوں کا نیا شیڈول';
const UR_FIRST = 'شہر کی بندرگاہ پر صبح کی پہلی کشتی اب آدھا گھنٹہ پہلے روانہ ہوگی، بورڈ نے مسافروں کے سروے کے بعد یہ فیصلہ کیا۔';
const UR_SECOND =
  'کرایہ وہی رہے گا اور شام کی آخری کشتی کا وقت بھی نہیں بدلے گا، بورڈ کے ترجمان نے بتایا اور کہا کہ نیا شیڈول دونوں گھاٹوں پر ملے گا۔';
const urdu = (opening: string) => `${UR_HEADLINE}\n\n${opening} ${UR_FIRST}\n\n${UR_SECOND}`;

const HE_FIRST = 'מועצת הנמל החליטה כי המעבורת הראשונה של הבוקר תצא חצי שעה מוקדם יותר החל מהאביב, לאחר סקר שנערך בקרב הנוסעים הקבועים.';
const HE_SECOND = 'מחיר הכרטיס לא ישתנה והמעבורת האחרונה של הערב תצא בשעה הרגילה, כך מסר דובר המועצה ואמר כי הלוח החדש יוצג בשני המזחים.';
const hebrew = (titleLine: string) => `${titleLine}\n\n${HE_FIRST}\n\n${HE_SECOND}`;

describe('the Urdu bracket signing with its report or desk', () => {
  it('reads the publication before the report or desk word', () => {
    assert.equal(outletOf(urdu('کراچی (ساحل نیوز رپورٹ)')), 'ساحل نیوز');
    assert.equal(outletOf(urdu('کراچی (ساحل ٹائمز ڈیسک)')), 'ساحل ٹائمز');
  });

  it('reads no site in a kind of report or desk', () => {
    assert.equal(outletOf(urdu('کراچی (خصوصی رپورٹ)')), 'Unknown');
    assert.equal(outletOf(urdu('کراچی (ویب ڈیسک)')), 'Unknown');
  });
});

describe('what a title line’s pipe leaves after the headline', () => {
  it('reads a short name after the pipe as the site, in either script', () => {
    assert.equal(outletOf(`Ferry timetable changes from spring | Harbour Gazette\n\n${BODY}`), 'The Harbour Gazette');
    assert.equal(outletOf(hebrew('המעבורת תצא מוקדם יותר מהאביב | חדשות הנמל')), 'חדשות הנמל');
  });

  it('reads no site in a caseless clause of five words after the pipe', () => {
    assert.equal(outletOf(hebrew('"המעבורת תצא מוקדם יותר מהאביב" | מועצת הנמל ממשיכה במאבק הארוך')), 'Unknown');
  });

  it('reads no site in a table’s cell the headline is made of', () => {
    assert.equal(outletOf(`Harbour RFC | 1st Team 41 - 38 Portmore RFC | 1st Team\n\n${BODY}`), 'Unknown');
  });
});
