/**
 * Matches per year as bars for the server-rendered SVG chart above the results. Geometry is settled
 * here so the template only draws; the counts are the year facet's, which ignore the year filter
 * (disjunctive), so the chart keeps its shape while a year is selected and shows where it sits.
 */
import { UNKNOWN_YEAR, type FacetCounts } from '../engine/contract/types.ts';
import { searchUrl, type SearchParams } from './search-params.ts';

export interface TimelineBar {
  year: number;
  count: number;
  selected: boolean;
  /** Shows only this year; when it already is the only year shown, shows all years again. */
  url: string;
  /** What the bar says without colour: "2019: 4 paragraphs. Show only 2019." */
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Year printed under the bar (thinned out when there are many bars). */
  showYear: boolean;
  /** Printed on a narrow screen too: half as many, so each has room for four digits. */
  showYearNarrow: boolean;
}

export interface Timeline {
  bars: TimelineBar[];
  max: number;
  /** Matches with no known year, which a time axis cannot place. */
  unknown: number;
  width: number;
  height: number;
  /** Baseline of the bars (the year labels sit below it). */
  baseline: number;
  summary: string;
}

const WIDTH = 640;
const PLOT_TOP = 16;
const BASELINE = 96;
const HEIGHT = 116;
/** Beyond this many years, empty years are not drawn: a 300-year axis would be bars of hairlines. */
const MAX_FILLED_SPAN = 80;
const MAX_YEAR_LABELS = 12;
/** On a phone (about 330 px of chart) a year needs ~30 px and a gap: at most this many fit. */
const MAX_YEAR_LABELS_NARROW = 6;

/**
 * The chart for these year counts, or null when there is nothing to plot (no match has a known year,
 * or all matches fall in a single year: one bar says nothing the facet list does not).
 */
export function buildTimeline(params: SearchParams, counts: FacetCounts, unit: { one: string; many: string }): Timeline | null {
  const known = Object.entries(counts)
    .filter(([key, n]) => key !== UNKNOWN_YEAR && /^\d{4}$/.test(key) && n > 0)
    .map(([key, n]) => [Number(key), n] as const);
  if (known.length < 2) return null;
  const byYear = new Map(known);
  const years = known.map(([y]) => y).sort((a, b) => a - b);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const axis = last - first <= MAX_FILLED_SPAN ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : years;
  const max = Math.max(...known.map(([, n]) => n));
  const slot = WIDTH / axis.length;
  const gap = Math.min(4, slot * 0.2);
  const labelEvery = Math.ceil(axis.length / MAX_YEAR_LABELS);
  // A multiple of labelEvery, so the narrow labels are a subset of the wide ones.
  const labelEveryNarrow = labelEvery * Math.ceil(axis.length / labelEvery / MAX_YEAR_LABELS_NARROW);
  const onlyYear = params.year.length === 1 ? params.year[0] : undefined;
  const bars = axis.map((year, i): TimelineBar => {
    const count = byYear.get(year) ?? 0;
    const height = count === 0 ? 0 : Math.max(2, ((BASELINE - PLOT_TOP) * count) / max);
    const isOnly = onlyYear === year;
    const noun = count === 1 ? unit.one : unit.many;
    return {
      year,
      count,
      selected: params.year.includes(year),
      url: searchUrl({ ...params, year: isOnly ? [] : [year], page: 1 }),
      label: `${year}: ${count.toLocaleString('en-US')} ${noun}. ${isOnly ? 'Show all years.' : `Show only ${year}.`}`,
      x: round(i * slot + gap / 2),
      y: round(BASELINE - height),
      width: round(slot - gap),
      height: round(height),
      showYear: i % labelEvery === 0 || i === axis.length - 1,
      // The last year is not forced in here: next to the one before it, there is no room for both.
      showYearNarrow: i % labelEveryNarrow === 0,
    };
  });
  const total = known.reduce((sum, [, n]) => sum + n, 0);
  const peak = bars.reduce((best, bar) => (bar.count > best.count ? bar : best), bars[0]!);
  return {
    bars,
    max,
    unknown: counts[UNKNOWN_YEAR] ?? 0,
    width: WIDTH,
    height: HEIGHT,
    baseline: BASELINE,
    summary:
      `${total.toLocaleString('en-US')} ${total === 1 ? unit.one : unit.many} from ${first} to ${last}` +
      `${params.year.length ? ', before the year filter' : ''}; most in ${peak.year} (${peak.count.toLocaleString('en-US')}).`,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
