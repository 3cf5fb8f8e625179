/**
 * The learned junk classifier (indexer/clean/junk-model.ts): its features, the mechanism that
 * drops what it scores as junk (with a hand-made model, so the test does not depend on the
 * trained weights), the shipped weights' consistency, and the trainer (bench/ingest/logistic.ts).
 * Fixtures are invented text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanText, labelLines } from '../../indexer/clean/index.ts';
import { FEATURE_COUNT, FEATURE_NAMES, isJudged, lineFeatures } from '../../indexer/clean/line-features.ts';
import {
  SECOND_FEATURES,
  markByModel,
  secondFeatures,
  unlabelled,
  useJunkModel,
  weightsOfPage,
  type JunkModel,
} from '../../indexer/clean/junk-model.ts';
import { carriesFurniture, furnitureLines } from '../../indexer/clean/page-gate.ts';
import { JUNK_MODEL } from '../../indexer/clean/junk-weights.ts';
import { fitLogistic, predict } from '../../bench/ingest/logistic.ts';

const PAGE = [
  'Harbour bridge to close for three weeks of repairs',
  'LOCAL NEWS',
  "The city's harbour bridge will close to traffic from Monday while engineers replace worn bearings, the council said on Tuesday.",
  'Buses will run on a diversion through the old town, adding about ten minutes to most journeys, according to the transport office.',
  'Shops near the bridge say they expect fewer customers during the works, but most welcomed the repairs as long overdue.',
].join('\n');

/** A model that reads one feature only: junk when the line's letters are capitals. */
function capitalsModel(): JunkModel {
  const weights = FEATURE_NAMES.map((n) => (n === 'upper-share' ? 20 : 0));
  return {
    features: FEATURE_NAMES,
    mean: FEATURE_NAMES.map(() => 0),
    scale: FEATURE_NAMES.map(() => 1),
    weights,
    bias: -10,
    threshold: 0.9,
  };
}

const feature = (text: string, line: string, name: (typeof FEATURE_NAMES)[number]) => {
  const { lines, language } = labelLines(text);
  const i = lines.findIndex((l) => l.text === line);
  return lineFeatures(lines, language, [i])[FEATURE_NAMES.indexOf(name)]!;
};

describe('junk classifier features', () => {
  it('gives one value per feature for each judged line', () => {
    const { lines, language } = labelLines(PAGE);
    const judge = unlabelled(lines, language);
    assert.equal(lineFeatures(lines, language, judge).length, judge.length * FEATURE_COUNT);
  });

  it('measures shape and place across sites', () => {
    assert.equal(feature(PAGE, 'LOCAL NEWS', 'upper-share'), 1);
    assert.equal(feature(PAGE, 'LOCAL NEWS', 'before-body'), 1);
    assert.equal(feature(PAGE, 'LOCAL NEWS', 'real-paragraph'), 0);
    const lead =
      "The city's harbour bridge will close to traffic from Monday while engineers replace worn bearings, the council said on Tuesday.";
    assert.equal(feature(PAGE, lead, 'real-paragraph'), 1);
    assert.equal(feature(PAGE, lead, 'ends-sentence'), 1);
    assert.ok(feature(PAGE, lead, 'stop-share') > 0.2);
    const teaser = `${PAGE}\nMayor opens the new ferry terminal after two years of building work and a…`;
    assert.equal(feature(teaser, 'Mayor opens the new ferry terminal after two years of building work and a…', 'ends-ellipsis'), 1);
  });
});

describe('junk classifier', () => {
  it('drops, as "classifier", only the lines no rule labelled that the model scores as junk', () => {
    const { lines, language } = labelLines(PAGE);
    markByModel(lines, language, capitalsModel());
    const reasons = new Map(lines.map((l) => [l.text, l.reason]));
    assert.equal(reasons.get('LOCAL NEWS'), 'classifier');
    assert.equal(reasons.get('Harbour bridge to close for three weeks of repairs'), 'headline');
    assert.equal([...reasons.values()].filter((r) => r === null).length, 3);
  });

  it('ships weights for the features it computes', () => {
    assert.deepEqual([...JUNK_MODEL.features], [...FEATURE_NAMES]);
    for (const list of [JUNK_MODEL.mean, JUNK_MODEL.scale, JUNK_MODEL.weights]) assert.equal(list.length, FEATURE_COUNT);
    assert.ok(JUNK_MODEL.threshold > 0.5 && JUNK_MODEL.threshold < 1);
  });

  it('judges neither real paragraphs nor long lines: they are text wherever no rule named them', () => {
    const { lines, language } = labelLines(PAGE);
    const judged = unlabelled(lines, language).map((i) => lines[i]!.text);
    assert.deepEqual(judged, ['LOCAL NEWS']);
    assert.equal(isJudged('Harbour works to start on Monday', language), true);
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    assert.equal(isJudged(long, language), false);
    const kept = cleanText(PAGE).kept.map((l) => l.text);
    assert.equal(kept.filter((t) => t.length > 100).length, 3);
  });

  it('does not judge a sentence of a script without spaces, which has no stop words to count', () => {
    // Invented Japanese: a sentence, a quotation whose last stop is left out, and a short label.
    const page = [
      '市役所は来月から窓口の受付時間を一時間延長すると発表しました。',
      '「待ち時間を短くして、働く人にも来てもらいやすくしたい」',
      'お知らせ',
    ].join('\n');
    const { lines, language } = labelLines(page);
    assert.deepEqual(
      lines.map((l) => isJudged(l.text, language, l.words)),
      [false, false, true],
    );
    // A model that would drop every line it judges drops the label and leaves the sentences.
    const dropAll = { ...capitalsModel(), weights: FEATURE_NAMES.map(() => 0), bias: 10 };
    markByModel(lines, language, dropAll);
    assert.deepEqual(
      lines.map((l) => l.reason === 'classifier'),
      [false, false, true],
    );
  });
});

describe("second pass and the model in the shipped weights' place", () => {
  it("reads the first pass's verdicts around a line and on its page", () => {
    // Line 1 dropped by a rule; lines 2 and 3 scored 0.4 and 0.8 by the first pass; lines 0 and 4 prose (the story: line 0, the first longest).
    const x = secondFeatures([0, 1, 0, 0, 0], [2, 3], [0.4, 0.8], [2, 3]);
    const row = (r: number) =>
      [...x.subarray(r * SECOND_FEATURES.length, (r + 1) * SECOND_FEATURES.length)].map((v) => Number(v.toFixed(3)));
    assert.deepEqual(row(0), [1, 0.8, 0.45, 0.6, 0.733, 0.333]);
    assert.deepEqual(row(1), [0.4, 0, 0.467, 0.6, 0.733, 0.25]);
  });

  it('drops with the second pass alone when the model has one', () => {
    const { lines, language } = labelLines(PAGE);
    // A first pass that scores nothing as junk, a second that reads only the page's mean first-pass score.
    const names = [...FEATURE_NAMES, ...SECOND_FEATURES];
    const second = {
      mean: names.map(() => 0),
      scale: names.map(() => 1),
      weights: names.map((n) => (n === 'page-mean' ? 20 : 0)),
      bias: -5,
      threshold: 0.9,
    };
    markByModel(lines, language, { ...capitalsModel(), bias: -30, threshold: 0.99, second });
    assert.equal(lines.find((l) => l.text === 'LOCAL NEWS')!.reason, null);
    const { lines: again } = labelLines(PAGE);
    markByModel(again, language, { ...capitalsModel(), bias: 10, threshold: 0.99, second });
    assert.equal(again.find((l) => l.text === 'LOCAL NEWS')!.reason, 'classifier');
  });

  it("cleans with a model put in the shipped weights' place until they are put back", () => {
    useJunkModel(capitalsModel());
    try {
      assert.ok(!cleanText(PAGE).kept.some((l) => l.text === 'LOCAL NEWS'));
    } finally {
      useJunkModel();
    }
    useJunkModel({ ...capitalsModel(), bias: -30 });
    try {
      assert.ok(cleanText(PAGE).kept.some((l) => l.text === 'LOCAL NEWS'));
    } finally {
      useJunkModel();
    }
  });
});

describe('page gate: the page judged before its lines', () => {
  const ARTICLE = [
    'Harbour bridge to close for three weeks of repairs',
    "The city's harbour bridge will close to traffic from Monday while engineers replace worn bearings, the council said on Tuesday.",
    'ROAD WORKS',
    'Buses will run on a diversion through the old town, adding about ten minutes to most journeys, according to the transport office.',
    'Shops near the bridge say they expect fewer customers during the works, but most welcomed the repairs as long overdue.',
  ];
  const SCRAPED = [...ARTICLE, '', 'Share this article'];
  /** Scores a line in capitals 0.88: under the threshold of a clean page, over the one of a page with furniture. */
  const gated: JunkModel = {
    ...capitalsModel(),
    weights: FEATURE_NAMES.map((n) => (n === 'upper-share' ? 4 : 0)),
    bias: -2,
    threshold: 0.95,
  };
  gated.furnished = { ...gated, threshold: 0.8 };

  it('keeps every line of a clean article: the rules found no furniture, the model acts at its clean-page threshold', () => {
    const { lines, language } = labelLines(ARTICLE.join('\n'));
    assert.equal(furnitureLines(lines), 0);
    assert.equal(carriesFurniture(lines), false);
    assert.equal(weightsOfPage(lines, gated).threshold, 0.95);
    markByModel(lines, language, gated);
    assert.deepEqual(
      lines.filter((l) => l.reason !== 'headline').map((l) => l.reason),
      [null, null, null, null],
    );
  });

  it('drops, as "classifier", a furniture line of a page the rules found furniture on, at the lower threshold', () => {
    const { lines, language } = labelLines(SCRAPED.join('\n'));
    assert.equal(carriesFurniture(lines), true);
    assert.equal(weightsOfPage(lines, gated).threshold, 0.8);
    markByModel(lines, language, gated);
    const reasons = new Map(lines.map((l) => [l.text, l.reason]));
    assert.equal(reasons.get('ROAD WORKS'), 'classifier');
    assert.equal(reasons.get('Share this article'), 'promotion');
    assert.equal(lines.filter((l) => l.reason === null).length, 3);
    // Without weights of its own for such pages, the model acts with one set everywhere.
    const { lines: again, language: lang } = labelLines(SCRAPED.join('\n'));
    markByModel(again, lang, { ...gated, furnished: undefined });
    assert.equal(again.find((l) => l.text === 'ROAD WORKS')!.reason, null);
  });

  it('does not take a lone mark the rules dropped for furniture', () => {
    const { lines } = labelLines(ARTICLE.join('\n'));
    lines[2]!.text = '.';
    lines[2]!.reason = 'promotion';
    assert.equal(carriesFurniture(lines), false);
  });
});

describe('logistic regression trainer', () => {
  it('learns a separating direction, the same on every run', () => {
    // y = 1 when the first feature is above 0.5; the second is noise.
    const rows = 200;
    const x = new Float64Array(rows * 2);
    const y = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
      x[i * 2] = (i % 20) / 20;
      x[i * 2 + 1] = ((i * 7) % 13) / 13;
      y[i] = x[i * 2]! > 0.5 ? 1 : 0;
    }
    const fit = fitLogistic(x, y, 2, 0.1);
    assert.ok(fit.weights[0]! > 3 * Math.abs(fit.weights[1]!));
    const p = predict(fit, x, 2);
    let right = 0;
    for (let i = 0; i < rows; i++) if (p[i]! >= 0.5 === (y[i] === 1)) right++;
    assert.ok(right / rows > 0.95);
    assert.deepEqual(fitLogistic(x, y, 2, 0.1), fit);
  });
});
