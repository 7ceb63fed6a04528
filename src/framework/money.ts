/**
 * Sums of money and other figures as people type them (pure). Commas are read only as thousands
 * separators in their proper places (`1,234.50`); a comma anywhere else is most likely a decimal
 * comma (`3,50` meaning £3.50), which used to be stripped and read as £350. Such input is refused
 * with how to write it, never guessed at: a silent factor of 100 on a claim is worse than a question.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Digits with an optional fraction, and optional thousands commas (1,234 or 12,345,678). */
const PLAIN = /^\d+(?:\.\d+)?$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** The written number without its thousands commas, or why it cannot be read. */
function digits(text: string, example: string): Parsed<string> {
  if (PLAIN.test(text)) return { ok: true, value: text };
  if (GROUPED.test(text)) return { ok: true, value: text.replace(/,/g, '') };
  if (/^[\d.,]+$/.test(text) && text.includes(',')) {
    return {
      ok: false,
      error: `"${text}" has a comma where a decimal point goes, so I cannot tell what it means. Write it with a full stop, e.g. ${example} (commas only between thousands, e.g. 1,234.50).`,
    };
  }
  return { ok: false, error: '' };
}

/**
 * An amount in pounds as pence: `£1,234.50`, `1234.5`, `3.50`, `1,234`, `12` (and '' is 0). Exact:
 * no floating point, so 0.29 is 29 pence, not 28.999.
 */
export function parsePounds(raw: string): Parsed<number> {
  const text = raw.trim().replace(/^£\s*/, '');
  if (text === '') return { ok: true, value: 0 };
  const read = digits(text, decimalCommaExample(text) ?? '12.50');
  if (!read.ok) return { ok: false, error: read.error || 'The amount must be a positive sum in pounds, e.g. 12.50.' };
  const [pounds, pence = ''] = read.value.split('.');
  if (pence.length > 2) return { ok: false, error: 'Use pounds and pence, e.g. 12.50.' };
  if (pounds.length > 12) return { ok: false, error: 'That amount looks like a typing slip; check the figure.' };
  return { ok: true, value: Number(pounds) * 100 + Number(pence.padEnd(2, '0')) };
}

/** A non-negative number such as a mileage (`12`, `12.5`, `1,234`); '' is 0. */
export function parseFigure(raw: string): Parsed<number> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: 0 };
  const read = digits(text, decimalCommaExample(text) ?? '12.5');
  return read.ok ? { ok: true, value: Number(read.value) } : read;
}

/** `3,50` -> `3.50`: how the figure is written with a decimal point, when that reading is plain. */
function decimalCommaExample(text: string): string | null {
  return /^\d+,\d{1,2}$/.test(text) ? text.replace(',', '.') : null;
}

/** Pence as people read pounds: £1,234.50. */
export function formatPence(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString('en-GB');
  return `£${pounds}.${String(pence % 100).padStart(2, '0')}`;
}
