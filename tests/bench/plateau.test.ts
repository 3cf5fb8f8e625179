/** When a server's memory has stopped rising under steady traffic (bench/scale/plateau.ts, stress --warm-mix). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLATEAU, plateauOf } from '../../bench/scale/plateau.ts';

/** `n` readings a second, each from `at(i)`. */
const series = (n: number, at: (i: number) => number) => Array.from({ length: n }, (_, i) => at(i));

describe('the plateau of memory under steady traffic', () => {
  it('is reached once two 10-s windows set no new high, at the level of the windows before them', () => {
    // Rises for 30 s, then stays at 200.
    const readings = series(80, (i) => (i < 30 ? 150 + (50 * i) / 29 : 200));
    assert.deepEqual(plateauOf(readings), { level: 200, readings: 60 });
  });

  it('reads the saw of collections as a plateau: lows do not matter, highs within 2 % do', () => {
    // A V8 heap growing to ~230 and collected to ~190, again and again; later highs up to 234 (+1.7 %).
    const readings = series(60, (i) => 190 + ((i % 7) / 6) * (i < 40 ? 40 : 44));
    const plateau = plateauOf(readings);
    assert.ok(plateau !== null);
    assert.equal(plateau.level, 230);
    assert.equal(plateau.readings, 60);
  });

  it('is not reached while memory keeps climbing, nor by a high just over the tolerance', () => {
    assert.equal(plateauOf(series(120, (i) => 150 + i)), null);
    // Flat at 200 for 10 s, then 205 (+2.5 %) for 20 s: a new high each time the quiet windows are read.
    const stepped = series(30, (i) => (i < 10 ? 200 : 205));
    assert.equal(plateauOf(stepped), null);
  });

  it('needs a window before the quiet ones, and reads whole windows only', () => {
    const rule = { ...PLATEAU, minReadings: 0 };
    assert.equal(
      plateauOf(
        series(2 * PLATEAU.window, () => 200),
        rule,
      ),
      null,
    );
    assert.equal(
      plateauOf(
        series(3 * PLATEAU.window - 1, () => 200),
        rule,
      ),
      null,
    );
    assert.deepEqual(
      plateauOf(
        series(3 * PLATEAU.window, () => 200),
        rule,
      ),
      { level: 200, readings: 30 },
    );
  });

  it('is not called before the caches have had a minute of traffic, however flat the first windows', () => {
    // Flat at 200 for 30 s, then the caches' fill steps it to 215: 30 s alone would read 200 as the plateau.
    const readings = series(90, (i) => (i < 30 ? 200 : 215));
    assert.deepEqual(plateauOf(readings, { ...PLATEAU, minReadings: 0 }), { level: 200, readings: 30 });
    assert.equal(plateauOf(readings.slice(0, 59)), null);
    assert.deepEqual(plateauOf(readings), { level: 215, readings: 60 });
  });
});
