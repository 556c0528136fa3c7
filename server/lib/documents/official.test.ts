// The shared parts of official documents follow Nghị định 30/2020/NĐ-CP and Hướng dẫn 36-HD/VPTW:
// the number line with its symbol, recipients with ";" and a final ".", a signer title on two lines.
import { describe, expect, it } from 'vitest';
import { numberLine, recipientLines, signerTitleLines } from './official.js';

describe('official document parts', () => {
  it('writes the number with its symbol, leaves room before the symbol, and prints no empty "Số:"', () => {
    expect(numberLine('state', '12/BC-VPĐP')).toBe('Số: 12/BC-VPĐP');
    expect(numberLine('party', '02-KL/BCĐ')).toBe('Số 02-KL/BCĐ');
    expect(numberLine('state', null, 'BC-VPĐP')).toBe('Số:        /BC-VPĐP');
    expect(numberLine('party', '  ', 'BC/HU')).toBe('Số        -BC/HU');
    expect(numberLine('state', undefined)).toBeNull();
  });

  it('ends each recipient with ";" and the last with "."', () => {
    expect(recipientLines(['Thường trực Huyện ủy', '- Thường trực UBND huyện;', 'Lưu: VT, VPĐP.'])).toEqual([
      '- Thường trực Huyện ủy;', '- Thường trực UBND huyện;', '- Lưu: VT, VPĐP.']);
    expect(recipientLines([])).toEqual([]);
  });

  it('keeps a two-line signer title on two lines, in upper case', () => {
    expect(signerTitleLines('KT. Chánh Văn phòng\nPhó Chánh Văn phòng')).toEqual(['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG']);
  });
});
