import { describe, expect, it } from 'vitest';
import { auditText, renderAuditText, tail } from './audit-text.js';

describe('audit sentences in both languages', () => {
  it('shows codes through their vocabulary and other parameters as they are', () => {
    const text = auditText('report.transition', { commune: 'Xã Tân Nam', week: 'Tuần 18/10–24/10', from: 'submitted', to: 'approved' });
    expect(renderAuditText(text, 'vi')).toBe('Xã Tân Nam · Tuần 18/10–24/10: Đã gửi → Đã duyệt');
    expect(renderAuditText(text, 'en')).toBe('Xã Tân Nam · Tuần 18/10–24/10: Submitted → Approved');
    expect(renderAuditText(auditText('segment.transition', { road: 'ĐH.01', range: 'Km0+000 – Km0+100', from: 'in_progress', to: 'poured' }), 'en'))
      .toBe('ĐH.01: Km0+000 – Km0+100 In progress → Poured');
  });

  it('leaves out an absent optional part, and gives null for a code it does not know', () => {
    expect(renderAuditText(auditText('plan.entry', { day: '2021-10-23', entry: 4, reason: tail(null) }), 'en')).toBe('2021-10-23 · entry 4');
    expect(renderAuditText(auditText('plan.entry', { day: '2021-10-23', entry: 4, reason: tail('mưa') }), 'vi')).toBe('2021-10-23 · mục 4 · mưa');
    expect(renderAuditText({ code: 'gone.code', params: {} }, 'en')).toBeNull();
  });
});
