/** Arabic-Indic and Eastern Arabic-Indic digits, as an Arabic keyboard may type them. */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Spaces people (and Intl, with its no-break spaces) put between groups of thousands. */
const SPACES = /[\s\u00a0\u202f\u2009]/g;

const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
/** "1.234,50", "1,234.50", "1 234 567": groups of three, then a decimal part after the other mark. */
const GROUPED = /^(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?$/;

export type DirhamsParse =
  { ok: true; centimes: number } | { ok: false; reason: 'empty' | 'format' | 'zero' | 'too_large' };

function toAsciiDigits(text: string): string {
  return text
    .replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, '');
}

/**
 * Reads an amount typed in dirhams ("150", "150,5", "1 234,50", "١٥٠٫٢٥") as integer centimes.
 * Whole and decimal parts are read as separate integers, so no floating point is involved;
 * more than two decimals, signs and anything ambiguous ("1.234") are refused.
 */
export function parseDirhams(text: string, maxCentimes = Number.MAX_SAFE_INTEGER): DirhamsParse {
  const compact = toAsciiDigits(text).replace(SPACES, '');
  if (compact === '') return { ok: false, reason: 'empty' };

  let whole: string;
  let fraction: string;
  const plain = PLAIN.exec(compact);
  if (plain) {
    whole = plain[1];
    fraction = plain[2] ?? '';
  } else {
    const grouped = GROUPED.exec(compact);
    // The decimal mark must differ from the grouping mark, or "1.234.50" would pass; a lone
    // "1.234" is a thousand in French and one dirham and a bit in English, so it is refused.
    const groups = grouped ? grouped[1].split(grouped[2]).length - 1 : 0;
    if (
      !grouped ||
      (grouped[3] !== undefined && grouped[3] === grouped[2]) ||
      (grouped[3] === undefined && groups === 1)
    ) {
      return { ok: false, reason: 'format' };
    }
    whole = grouped[1].replace(/[.,]/g, '');
    fraction = grouped[4] ?? '';
  }

  const digits = whole.replace(/^0+(?=\d)/, '');
  // Past 15 digits an integer may no longer be exact; no refund comes anywhere near.
  if (digits.length > 15) return { ok: false, reason: 'too_large' };
  const centimes = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (centimes === 0) return { ok: false, reason: 'zero' };
  if (!Number.isSafeInteger(centimes) || centimes > maxCentimes) {
    return { ok: false, reason: 'too_large' };
  }
  return { ok: true, centimes };
}
