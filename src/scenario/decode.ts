// A file's bytes as text, in whichever encoding a facilitator's editor saved it: UTF-8 (with or
// without a byte-order mark, as Windows Notepad writes it) or UTF-16 (little- or big-endian, with
// a byte-order mark as Notepad's "Unicode" writes it, or without one, found by its zero bytes).
// The command line and the game's file picker read files through it. Imports nothing.

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** How many bytes the guess for a file without a byte-order mark looks at. */
const SAMPLE_BYTES = 4096;

const isAsciiText = (byte: number) =>
  byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127);

/** The encoding of a file's bytes: by its byte-order mark, else by where its zero bytes fall. */
export function encodingOf(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-8 text has no zero bytes. In UTF-16 an ASCII character (a scenario's keys, spaces and line
  // breaks are ASCII) is its byte and a zero: zero second in little-endian, first in big-endian.
  // A binary file has pairs of zeros, and zeros on both sides.
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  let little = 0;
  let big = 0;
  let zeros = 0;
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i]!;
    const second = bytes[2 * i + 1]!;
    if (first === 0 && second === 0) zeros++;
    else if (second === 0 && isAsciiText(first)) little++;
    else if (first === 0 && isAsciiText(second)) big++;
  }
  if (zeros > pairs / 100) return 'utf-8';
  if (little >= pairs / 4 && big <= little / 20) return 'utf-16le';
  if (big >= pairs / 4 && little <= big / 20) return 'utf-16be';
  return 'utf-8';
}

/**
 * A file's text, without its byte-order mark. Bytes that are not text in the encoding become
 * U+FFFD, which the loader counts when it decides whether a file is text at all.
 */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(encodingOf(bytes)).decode(bytes);
}
