// A small command-line argument reader shared by the tools: `--name value`, `--flag`, and the
// rest as positional arguments. Wrong usage becomes a UsageError, which the tools turn into
// exit code 2 with a one-line message. Imports nothing but the engine's difficulty type.

import type { Difficulty } from '../engine';

export class UsageError extends Error {}

export interface ParsedArgs {
  options: Record<string, string>;
  flags: Set<string>;
  positional: string[];
}

/** `valued` lists the options that take a value; every other `--x` is a flag. */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const result: ParsedArgs = { options: {}, flags: new Set(), positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') continue;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value.startsWith('--'))
          throw new UsageError(`--${name} needs a value`);
        result.options[name] = value;
      } else if (flags.includes(name)) {
        result.flags.add(name);
      } else {
        throw new UsageError(`unknown option --${name}`);
      }
    } else {
      result.positional.push(arg);
    }
  }
  return result;
}

export function positiveInteger(
  value: string | undefined,
  name: string,
  fallback?: number,
): number {
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`--${name} must be a whole number of at least 1`);
  return n;
}

const AUTHORITIES = ['ceo', 'vp'] as const;
const URGENCIES = ['steady', 'crisis'] as const;

/** `standard`, `ceo-steady`, `vp-crisis`, … plus the seat-time preset `quarters` or `half-years`. */
export function parseDifficulty(
  value: string | undefined,
  seatTime: string | undefined,
): Difficulty {
  const text = !value || value === 'standard' ? 'ceo-steady' : value;
  const [authority, urgency] = text.split('-');
  if (!AUTHORITIES.includes(authority as never) || !URGENCIES.includes(urgency as never)) {
    throw new UsageError(
      `--difficulty must be standard, ceo-steady, ceo-crisis, vp-steady or vp-crisis (not "${value}")`,
    );
  }
  const seat = seatTime ?? 'quarters';
  if (seat !== 'quarters' && seat !== 'half-years') {
    throw new UsageError(`--seat-time must be quarters or half-years (not "${seatTime}")`);
  }
  return {
    authority: authority as Difficulty['authority'],
    urgency: urgency as Difficulty['urgency'],
    seatTime: seat,
  };
}

export function difficultyName(d: Difficulty): string {
  return `${d.authority}-${d.urgency}${d.seatTime === 'half-years' ? ' (half-years)' : ''}`;
}

/** Wrong usage prints the message and the usage line (exit 2); any other error one line (exit 1). */
function reportFailure(name: string, usage: string, error: unknown): void {
  if (error instanceof UsageError) {
    console.error(`${name}: ${error.message}\n${usage}`);
    process.exitCode = 2;
  } else {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

/**
 * Runs a tool's main function and sets the exit code: wrong usage prints the message and the
 * usage line (exit 2); any other error prints one line, never a stack trace (exit 1).
 */
export function runTool(name: string, usage: string, main: (argv: string[]) => number): void {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    reportFailure(name, usage, error);
  }
}

/** `runTool` for a main function that returns a promise (tools that use worker threads). */
export function runToolAsync(
  name: string,
  usage: string,
  main: (argv: string[]) => Promise<number>,
): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => reportFailure(name, usage, error),
  );
}
