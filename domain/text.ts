// Vietnamese-aware text folding for search: "Tân Nam", "TAN NAM" and "tan nam" fold to the same key.
// Done in TypeScript (not SQL unaccent) so PGlite, PostgreSQL and the phone fold identically.

/**
 * Lower-cases, strips diacritics (including đ → d) and collapses white space.
 * @example foldVietnamese('  Xã TÂN  Nam ') === 'xa tan nam'
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Builds the text a record is searched by, from any of its fields.
 * @example searchKey('Phòng Kinh tế - Hạ tầng', 'KT-HT') === 'phong kinh te - ha tang kt-ht'
 */
export function searchKey(...parts: Array<string | null | undefined>): string {
  return foldVietnamese(parts.filter((p): p is string => !!p).join(' '));
}

/**
 * Escapes LIKE wildcards so that a user's "%" or "_" is matched literally.
 * @example likePattern('50%') === '%50\\%%'
 */
export function likePattern(query: string): string {
  return `%${foldVietnamese(query).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
