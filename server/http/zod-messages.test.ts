// Validation messages say what is expected, in Vietnamese and English, with no untranslated type
// name and no "received undefined".
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFields } from './errors.js';

const Schema = z.object({
  name: z.string().min(1), code: z.string().min(2).max(3), n: z.number().int().min(1).max(5), kind: z.enum(['mixer', 'other']),
  day: z.iso.date(), items: z.array(z.number()).min(1),
});
const fieldsOf = (input: unknown) => {
  const r = Schema.safeParse(input);
  if (r.success) throw new Error('expected issues');
  return Object.fromEntries(zodFields(r.error).map((f) => [f.field, f]));
};

describe('zod messages', () => {
  it('name a missing field by what it expects', () => {
    const f = fieldsOf({});
    expect(f.name).toMatchObject({ vi: 'Thiếu hoặc không đúng kiểu: cần văn bản', en: 'Missing or of the wrong kind: text is expected' });
    expect(f.n).toMatchObject({ vi: 'Thiếu hoặc không đúng kiểu: cần một số', en: 'Missing or of the wrong kind: a number is expected' });
    expect(f.items.vi).toBe('Thiếu hoặc không đúng kiểu: cần một danh sách');
  });

  it('say the bounds, the allowed values and the format', () => {
    const f = fieldsOf({ name: '', code: 'abcd', n: 9, kind: 'truck', day: '20/10/2021', items: [] });
    expect(f.name).toMatchObject({ vi: 'Không được để trống', en: 'Must not be empty' });
    expect(f.code).toMatchObject({ vi: 'Tối đa 3 ký tự', en: 'At most 3 characters' });
    expect(f.n).toMatchObject({ vi: 'Phải từ 5 trở xuống', en: 'Must be 5 or less' });
    expect(f.kind).toMatchObject({ vi: 'Chỉ nhận một trong các giá trị: mixer, other', en: 'Must be one of: mixer, other' });
    expect(f.day).toMatchObject({ vi: 'Không đúng định dạng: cần ngày (YYYY-MM-DD)', en: 'Wrong format: a date (YYYY-MM-DD) is expected' });
    expect(f.items).toMatchObject({ vi: 'Cần ít nhất 1 mục', en: 'At least 1 item' });
  });

  it('never leaves zod wording in either language', () => {
    for (const input of [{}, { name: 1, code: 2, n: 'x', kind: 3, day: 4, items: 'y' }, { name: 'a', code: 'a', n: 0, kind: 'x', day: 'x', items: [] }]) {
      for (const f of Object.values(fieldsOf(input))) {
        expect(f.vi).not.toMatch(/mong đợi|nhận được|string|undefined/);
        expect(f.en).not.toMatch(/received|undefined|\(s\)/);
      }
    }
  });
});
