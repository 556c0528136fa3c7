// Who issues the office's documents (Nghị định 30/2020/NĐ-CP for the state body, Hướng dẫn
// 36-HD/VPTW for the Party body): one setting the office edits, read by every document for its
// header, its number's symbol, its place and its default signer.

export type IssuerKind = 'state' | 'party';

export interface IssuerSide {
  /** The body above the issuer, printed above its name ("UBND HUYỆN QUANG BÌNH", "ĐẢNG BỘ TỈNH HÀ GIANG"). */
  parent: string;
  /** The issuing body ("VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI", "HUYỆN ỦY QUANG BÌNH"); may hold a line break. */
  name: string;
  /** Its abbreviation in the symbol ("VPĐP" → "BC-VPĐP"; "HU" → "BC/HU"). */
  abbreviation: string;
  /** "T/M BAN THƯỜNG VỤ", "KT. CHÁNH VĂN PHÒNG": the line above the title, optional. */
  signerAuthority: string;
  /** The signer's title; a second line after a line break. */
  signerTitle: string;
  signerName: string;
}

export interface DocumentIssuer { place: string; state: IssuerSide; party: IssuerSide }

/** The abbreviations of the document types the office issues (Phụ lục III of the decree). */
export const TYPE_ABBREVIATIONS = { 'Báo cáo': 'BC', 'Kế hoạch': 'KH', 'Thông báo': 'TB' } as const;
export type IssuedType = keyof typeof TYPE_ABBREVIATIONS;

/** A district's defaults, before the office says otherwise: no signer's name is guessed. */
export function defaultIssuer(district: string, province: string): DocumentIssuer {
  return {
    place: district,
    state: { parent: `UBND HUYỆN ${district}`, name: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', abbreviation: 'VPĐP', signerAuthority: '', signerTitle: 'Chánh Văn phòng', signerName: '' },
    party: { parent: `ĐẢNG BỘ TỈNH ${province}`, name: `HUYỆN ỦY ${district}`, abbreviation: 'HU', signerAuthority: 'T/M BAN THƯỜNG VỤ', signerTitle: 'Phó Bí thư', signerName: '' },
  };
}

/**
 * The symbol after the number: "BC-VPĐP" for a state body (decree, Phụ lục I), "BC/HU" for a Party
 * body (guide 36), so that the number line reads "Số: 12/BC-VPĐP" or "Số 15-BC/HU".
 * @example documentSymbol('party', 'Báo cáo', 'HU') === 'BC/HU'
 * @example documentSymbol('state', 'Kế hoạch', 'VPĐP') === 'KH-VPĐP'
 */
export function documentSymbol(kind: IssuerKind, type: IssuedType, abbreviation: string): string {
  const t = TYPE_ABBREVIATIONS[type];
  const a = abbreviation.trim();
  if (!a) return t;
  return kind === 'party' ? `${t}/${a}` : `${t}-${a}`;
}

/**
 * The issuer as a sentence names it, from its name in the header (capitals, maybe two lines): the
 * state office "Văn phòng điều phối nông thôn mới huyện", the Party body "Huyện ủy Quang Bình".
 * The district keeps its capitals from `place`; a body named without its district ends in "huyện"
 * as the office has always written it.
 * @example issuerInText('VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI', 'Quang Bình') === 'Văn phòng điều phối nông thôn mới huyện'
 * @example issuerInText('HUYỆN ỦY QUANG BÌNH', 'Quang Bình') === 'Huyện ủy Quang Bình'
 */
export function issuerInText(name: string, place: string): string {
  const lower = name.replace(/\s*\n\s*/g, ' ').trim().toLocaleLowerCase('vi-VN');
  const text = lower.charAt(0).toLocaleUpperCase('vi-VN') + lower.slice(1);
  const district = place.trim();
  if (!district) return text;
  const at = text.indexOf(district.toLocaleLowerCase('vi-VN'));
  if (at >= 0) return text.slice(0, at) + district + text.slice(at + district.length);
  return text.endsWith(' huyện') ? text : `${text} huyện`;
}
