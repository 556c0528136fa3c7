import { describe, expect, it } from 'vitest';
import { documentSymbol, issuerInText } from './issuer.js';

describe('the issuer in a sentence', () => {
  it('writes the header name as a sentence does, the district keeping its capitals', () => {
    expect(issuerInText('VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI', 'Quang Bình')).toBe('Văn phòng điều phối nông thôn mới huyện');
    expect(issuerInText('HUYỆN ỦY QUANG BÌNH', 'Quang Bình')).toBe('Huyện ủy Quang Bình');
    expect(issuerInText('VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI HUYỆN QUANG BÌNH', 'Quang Bình')).toBe('Văn phòng điều phối nông thôn mới huyện Quang Bình');
    expect(issuerInText('VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI HUYỆN', 'Quang Bình')).toBe('Văn phòng điều phối nông thôn mới huyện');
    expect(issuerInText('BAN THƯỜNG VỤ HUYỆN ỦY', '')).toBe('Ban thường vụ huyện ủy');
  });

  it('keeps the symbol of each variant', () => {
    expect(documentSymbol('state', 'Kế hoạch', 'VPĐP')).toBe('KH-VPĐP');
    expect(documentSymbol('party', 'Kế hoạch', 'HU')).toBe('KH/HU');
  });
});
