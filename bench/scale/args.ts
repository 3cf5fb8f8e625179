/**
 * Command lines of the benchmark scripts: a wrong option or value ends the run with the reason and
 * the script's usage (exit 2), not a stack trace, before anything slow has started.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<T extends Options> = ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>['values'];

export function badUsage(message: string, usage: string): never {
  process.stderr.write(`${message}\n\n${usage}\n`);
  process.exit(2);
}

/** The parsed options; `--help` prints the usage and exits. */
export function commandLine<T extends Options>(usage: string, options: T, allowNegative = false): Values<T> {
  try {
    const { values } = parseArgs({
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
      allowNegative,
    });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return values as Values<T>;
  } catch (error) {
    return badUsage((error as Error).message, usage);
  }
}

/** A whole-number option within [min, max]. */
export function wholeNumber(name: string, value: unknown, min: number, max: number, usage: string): number {
  return numberIn(name, value, min, max, usage, true);
}

/** A number of seconds within (0, max]; fractions are fine (the CI smoke run loads for half a second). */
export function seconds(name: string, value: unknown, max: number, usage: string): number {
  return numberIn(name, value, 0, max, usage, false);
}

function numberIn(name: string, value: unknown, min: number, max: number, usage: string, whole: boolean): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  const fits = whole ? Number.isInteger(n) && n >= min : Number.isFinite(n) && n > min;
  if (!fits || n > max) {
    const range = whole ? `a whole number from ${min} to ${max}` : `a number of seconds above ${min}, at most ${max}`;
    badUsage(`--${name} must be ${range}, not "${String(value)}"`, usage);
  }
  return n;
}
