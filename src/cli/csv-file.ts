/**
 * Reading a CSV file as text, whatever Excel saved it as: "CSV UTF-8" (with a byte-order mark),
 * "CSV (Comma delimited)" (Windows-1252 on Windows, which Latin-1 text also decodes as), or
 * "Unicode Text" (UTF-16 with a byte-order mark). Text that is valid UTF-8 is read as UTF-8; text
 * that is not is read as Windows-1252, the only other encoding Excel writes CSV in, which is more
 * reliable on short files than statistical detection. Anything else is refused with a clear message.
 *
 * Windows-1252 is decoded by iconv-lite, not by Node's TextDecoder: some Node 20/22 builds (without
 * full ICU data) map bytes 0x80-0x9F, where Excel puts ’ “ ” – and €, to C1 control characters.
 */
import fs from 'node:fs';
import iconv from 'iconv-lite';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** Decodes the bytes of a CSV file; throws a message for the user when they are not comma-separated text. */
export function decodeCsv(bytes: Uint8Array, name: string): CsvText {
  const decoded = decode(bytes, name);
  const firstLine = decoded.text.split(/\r?\n/, 1)[0];
  if (firstLine.includes('\t') && !firstLine.includes(',')) {
    throw new Error(
      `${name} is tab-separated (as Excel's "Unicode Text" is), not comma-separated: save it as "CSV UTF-8 (Comma delimited)"`,
    );
  }
  return decoded;
}

function decode(bytes: Uint8Array, name: string): CsvText {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: strictUtf8(bytes.subarray(3), name), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    throw new Error(`${name} is an Excel workbook (.xlsx), not CSV: in Excel use File > Save As > "CSV UTF-8 (Comma delimited)"`);
  }
  if (bytes.includes(0)) {
    throw new Error(
      `${name} is not a text file (it looks like UTF-16 without a byte-order mark, or binary data): save it as "CSV UTF-8 (Comma delimited)"`,
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252'), encoding: 'windows-1252' };
  }
}

function strictUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} says it is UTF-8 (it starts with a UTF-8 byte-order mark) but is not valid UTF-8`);
  }
}

export function readCsvFile(file: string): CsvText {
  if (!fs.existsSync(file)) throw new Error(`cannot read ${file}: no such file`);
  const stat = fs.statSync(file);
  if (!stat.isFile()) throw new Error(`cannot read ${file}: not a file`);
  if (stat.size > MAX_IMPORT_BYTES) throw new Error(`${file} is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  return decodeCsv(fs.readFileSync(file), file);
}
