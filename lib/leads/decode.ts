/**
 * Bytes of an imported file → text, or a specific reason why not. Exports are UTF-8 with a BOM, but
 * teammates' files pass through Excel ("Unicode text" is UTF-16 LE with a BOM), editors and mail
 * clients, so UTF-16 with a BOM is decoded too; everything else gets a message that says what the
 * file is instead of a wall of mojibake.
 */
import { ImportFileError } from './importTypes';

/**
 * Per file. Tact's own 100,000-item exports are about 30 MB as CSV and 50 MB as JSON, and an import
 * may hold up to MAX_IMPORT_ROWS (200,000) items with long quotes: the cap leaves room for those
 * and refuses only what no export of Tact's could be, before a byte of it is read.
 */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export function checkSize(size: number): void {
  if (size > MAX_IMPORT_BYTES) {
    throw new ImportFileError('too_large', { size: megabytes(size), max: megabytes(MAX_IMPORT_BYTES) });
  }
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1);
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Offset of the first byte that is not valid UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Share of C0 control characters (other than TAB, LF, CR) in a sample: text has none. */
function controlShare(text: string): number {
  const sample = text.slice(0, 65_536);
  if (!sample) return 0;
  let n = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) n++;
  }
  return n / sample.length;
}

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportFileError('empty');
  checkSize(bytes.length);
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) throw new ImportFileError('utf32');

  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) encoding = 'utf-16le';
  else if (startsWith(bytes, 0xfe, 0xff)) encoding = 'utf-16be';
  else if (!startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const head = bytes.subarray(0, 4096);
    let zeros = 0;
    let zerosOdd = 0;
    for (let i = 0; i < head.length; i++) {
      if (head[i] === 0) {
        zeros++;
        if (i % 2 === 1) zerosOdd++;
      }
    }
    // Latin or Cyrillic text in UTF-16 has a zero in (nearly) every other byte; other zeros mean binary.
    if (zeros > head.length / 4 && (zerosOdd > zeros * 0.9 || zerosOdd < zeros * 0.1)) throw new ImportFileError('utf16_no_bom');
    if (zeros > 0) throw new ImportFileError('binary');
  }

  let text: string;
  try {
    // The decoder drops the BOM it was chosen by; `fatal` turns bad bytes into an error, not U+FFFD.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') throw new ImportFileError('binary');
    throw new ImportFileError('not_utf8', { offset: firstInvalidUtf8(bytes) });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > 0.01 || text.includes('\u0000')) throw new ImportFileError('binary');
  if (!text.trim()) throw new ImportFileError('empty');
  return text;
}

/** JSON when it looks like JSON or is named so (a `.json` holding `null` should fail as JSON, not as CSV). */
export function detectFormat(text: string, name = ''): 'json' | 'csv' {
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' || /\.json$/i.test(name) ? 'json' : 'csv';
}
