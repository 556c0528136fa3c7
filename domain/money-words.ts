// Amounts read out in Vietnamese words, as receipts and decisions write them in brackets:
// 200.000.000 đồng (Hai trăm triệu đồng).

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'];

/** Reads a group of three digits; `full` when a higher group precedes it (so 5 → "không trăm linh năm"). */
function readTriple(n: number, full: boolean): string {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(`${DIGITS[h]} trăm`);
  if (t === 0) {
    if (u > 0 && (h > 0 || full)) out.push('linh');
  } else if (t === 1) out.push('mười');
  else out.push(`${DIGITS[t]} mươi`);
  if (u > 0) {
    if (u === 1 && t > 1) out.push('mốt');
    else if (u === 5 && t > 0) out.push('lăm');
    else if (u === 4 && t > 1) out.push('tư');
    else out.push(DIGITS[u]);
  }
  return out.join(' ');
}

/**
 * A whole number in Vietnamese words, lower case.
 * @example numberToVietnameseWords(200_000_000) === 'hai trăm triệu'
 * @example numberToVietnameseWords(1_005) === 'một nghìn không trăm linh năm'
 */
export function numberToVietnameseWords(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('a whole number ≥ 0 is needed');
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 1000)) groups.push(v % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (g === 0) continue;
    const higher = i < groups.length - 1;
    parts.push(readTriple(g, higher) + (SCALES[i] ? ` ${SCALES[i]}` : ''));
  }
  return parts.join(' ');
}

/**
 * An amount of money in words with a capital letter and "đồng".
 * @example vndInWords(100_000_000) === 'Một trăm triệu đồng'
 */
export function vndInWords(amount: number): string {
  const words = numberToVietnameseWords(amount);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} đồng`;
}
