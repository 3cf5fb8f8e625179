/**
 * L2-regularised logistic regression by Newton's method (iteratively reweighted least squares).
 * Hand-written rather than a package: the model is a dot product and its fit is forty lines; the
 * npm candidates (ml-logistic-regression, a gradient-descent fit with no regularisation or sample
 * weights; tensorflow.js, far too heavy for a 35-weight model) bring more than they save. Newton
 * converges in ~10 steps on a few thousand rows, so cross-validation over a grid costs seconds.
 */

export interface Standardised {
  mean: number[];
  scale: number[];
}

export interface Fit extends Standardised {
  weights: number[];
  bias: number;
}

/** Mean and standard deviation per feature (scale 1 for a constant feature). */
export function standardise(x: Float64Array, d: number): Standardised {
  const n = x.length / d;
  const mean = new Array<number>(d).fill(0);
  const sq = new Array<number>(d).fill(0);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) mean[f]! += x[i * d + f]! / n;
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) sq[f]! += (x[i * d + f]! - mean[f]!) ** 2 / n;
  return { mean, scale: sq.map((v) => (v > 1e-12 ? Math.sqrt(v) : 1)) };
}

/**
 * Fits weights (on standardised features) and a bias. `lambda` is the L2 penalty on the weights
 * (not the bias); `positiveWeight` weighs each junk row against a body row.
 */
export function fitLogistic(x: Float64Array, y: Uint8Array, d: number, lambda: number, positiveWeight = 1): Fit {
  const { mean, scale } = standardise(x, d);
  const n = y.length;
  const p = d + 1; // weights, then the bias
  const z = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < d; f++) z[i * p + f] = (x[i * d + f]! - mean[f]!) / scale[f]!;
    z[i * p + d] = 1;
  }
  const w = new Float64Array(p);
  for (let step = 0; step < 30; step++) {
    const grad = new Float64Array(p);
    const hess = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let f = 0; f < p; f++) s += w[f]! * z[i * p + f]!;
      const prob = 1 / (1 + Math.exp(-s));
      const c = y[i] ? positiveWeight : 1;
      const r = c * (prob - y[i]!);
      const h = c * prob * (1 - prob);
      for (let f = 0; f < p; f++) {
        const zf = z[i * p + f]!;
        grad[f]! += r * zf;
        for (let g = 0; g <= f; g++) hess[f * p + g]! += h * zf * z[i * p + g]!;
      }
    }
    for (let f = 0; f < p; f++) for (let g = 0; g < f; g++) hess[g * p + f] = hess[f * p + g]!;
    for (let f = 0; f < d; f++) {
      grad[f]! += lambda * w[f]!;
      hess[f * p + f]! += lambda;
    }
    hess[d * p + d]! += 1e-9;
    const delta = solve(hess, grad, p);
    let moved = 0;
    for (let f = 0; f < p; f++) {
      w[f]! -= delta[f]!;
      moved = Math.max(moved, Math.abs(delta[f]!));
    }
    if (moved < 1e-7) break;
  }
  return { mean, scale, weights: [...w.subarray(0, d)], bias: w[d]! };
}

/** Solves a·x = b for a symmetric positive definite a (p×p) by Gaussian elimination with pivoting. */
function solve(a: Float64Array, b: Float64Array, p: number): Float64Array {
  const m = Float64Array.from(a);
  const r = Float64Array.from(b);
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let i = c + 1; i < p; i++) if (Math.abs(m[i * p + c]!) > Math.abs(m[pivot * p + c]!)) pivot = i;
    if (pivot !== c) {
      for (let k = 0; k < p; k++) [m[c * p + k], m[pivot * p + k]] = [m[pivot * p + k]!, m[c * p + k]!];
      [r[c], r[pivot]] = [r[pivot]!, r[c]!];
    }
    for (let i = c + 1; i < p; i++) {
      const factor = m[i * p + c]! / m[c * p + c]!;
      if (factor === 0) continue;
      for (let k = c; k < p; k++) m[i * p + k]! -= factor * m[c * p + k]!;
      r[i]! -= factor * r[c]!;
    }
  }
  const out = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = r[i]!;
    for (let k = i + 1; k < p; k++) s -= m[i * p + k]! * out[k]!;
    out[i] = s / m[i * p + i]!;
  }
  return out;
}

/** Probability of the positive class for each row of raw features. */
export function predict(fit: Fit, x: Float64Array, d: number): Float64Array {
  const n = x.length / d;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = fit.bias;
    for (let f = 0; f < d; f++) s += fit.weights[f]! * ((x[i * d + f]! - fit.mean[f]!) / fit.scale[f]!);
    out[i] = 1 / (1 + Math.exp(-s));
  }
  return out;
}
