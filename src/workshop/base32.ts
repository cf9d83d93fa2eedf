// Codes people read aloud and type: Crockford's base32 alphabet (no I, L, O or U, so nothing can
// be confused), a bit writer and reader to pack fields tightly, and a Luhn mod 32 check character
// that catches every single mistyped character and most swapped neighbours. Imports nothing.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Upper-cases, reads O as 0 and I or L as 1, and drops spaces, dashes and dots. */
export function normalise(text: string): string {
  return text
    .toUpperCase()
    .replace(/[\s\-.·_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function isBase32(text: string): boolean {
  for (const c of text) if (!ALPHABET.includes(c)) return false;
  return true;
}

/** Luhn mod 32: the check character for a body of base32 characters. */
export function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

export function hasValidCheck(text: string): boolean {
  return text.length >= 2 && checkCharacter(text.slice(0, -1)) === text.at(-1);
}

/** Packs unsigned fields into a bit string, five bits per output character. */
export class BitWriter {
  private bits = '';

  /** Writes `value` (0 ≤ value < 2^width) in `width` bits. */
  write(value: number | bigint, width: number): this {
    const big = BigInt(value);
    if (big < 0n || big >= 1n << BigInt(width))
      throw new RangeError(`${String(value)} does not fit in ${width} bits`);
    this.bits += big.toString(2).padStart(width, '0');
    return this;
  }

  /** UTF-8 text, with its byte length first. */
  writeText(text: string, lengthWidth: number): this {
    const bytes = new TextEncoder().encode(text);
    this.write(bytes.length, lengthWidth);
    for (const byte of bytes) this.write(byte, 8);
    return this;
  }

  toBase32(): string {
    const padded = this.bits.padEnd(Math.ceil(this.bits.length / 5) * 5, '0');
    let out = '';
    for (let i = 0; i < padded.length; i += 5)
      out += ALPHABET[Number.parseInt(padded.slice(i, i + 5), 2)];
    return out;
  }
}

/** Reads what BitWriter wrote; reading past the end throws a RangeError. */
export class BitReader {
  private bits: string;
  private at = 0;

  constructor(base32: string) {
    this.bits = [...base32].map((c) => ALPHABET.indexOf(c).toString(2).padStart(5, '0')).join('');
  }

  read(width: number): number {
    return Number(this.readBig(width));
  }

  readBig(width: number): bigint {
    if (this.at + width > this.bits.length) throw new RangeError('the code ends too early');
    const slice = this.bits.slice(this.at, this.at + width);
    this.at += width;
    return width === 0 ? 0n : BigInt(`0b${slice}`);
  }

  readText(lengthWidth: number): string {
    const length = this.read(lengthWidth);
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = this.read(8);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  }

  /** Bits left, to tell padding from extra data. */
  get remaining(): number {
    return this.bits.length - this.at;
  }
}

/** FNV-1a over a text, as a 32-bit unsigned number: the check value of result codes and files. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Splits a code into groups for reading aloud: ABCD-EFGH-JKMN-P. */
export function group(code: string, size = 4): string {
  const parts: string[] = [];
  for (let i = 0; i < code.length; i += size) parts.push(code.slice(i, i + size));
  return parts.join('-');
}
