// The plan and registration workflows, double-booking and volume rules, deadlines and the
// go/no-go checklist, as pure functions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allGreen, bookingConflicts, deadlineFor, entryChangeAction, headcountFor, isTime, lengthForVolume, mixerCapacityLitres, PLAN_STATUSES,
  PLAN_TRANSITIONS, planTransition, readiness, REGISTRATION_STATUSES, REGISTRATION_TRANSITIONS, registrationTransition, volumeFits, weekStart,
  type ReadinessFacts,
} from './plans.js';

describe('plan workflow', () => {
  it('goes draft → published → closed, and a change after publishing needs a reason', () => {
    expect(planTransition('draft', 'publish', null)).toBe('published');
    expect(planTransition('draft', 'edit', null)).toBe('draft');
    expect(planTransition('published', 'amend', '  ')).toBe('REASON_REQUIRED');
    expect(planTransition('published', 'amend', 'Nhóm 3 đổi sang xã Yên Thành')).toBe('published');
    expect(planTransition('published', 'close', null)).toBe('closed');
    expect(entryChangeAction('published')).toBe('amend');
    expect(entryChangeAction('draft')).toBe('edit');
  });

  it('refuses editing a published plan as a draft, and anything on a closed or cancelled plan', () => {
    expect(planTransition('published', 'edit', null)).toBe('PLAN_TRANSITION_NOT_ALLOWED');
    expect(planTransition('draft', 'close', null)).toBe('PLAN_TRANSITION_NOT_ALLOWED');
    for (const a of ['edit', 'publish', 'amend', 'close', 'cancel'] as const) {
      expect(planTransition('closed', a, 'x')).toBe('PLAN_TRANSITION_NOT_ALLOWED');
      expect(planTransition('cancelled', a, 'x')).toBe('PLAN_TRANSITION_NOT_ALLOWED');
    }
  });

  it('cancelling a day needs a reason', () => {
    expect(planTransition('draft', 'cancel', '')).toBe('REASON_REQUIRED');
    expect(planTransition('published', 'cancel', 'Mưa lớn')).toBe('cancelled');
  });

  it('every target is a known status', () => {
    for (const moves of Object.values(PLAN_TRANSITIONS)) for (const m of moves) expect(PLAN_STATUSES).toContain(m.to);
    for (const moves of Object.values(REGISTRATION_TRANSITIONS)) for (const m of moves) expect(REGISTRATION_STATUSES).toContain(m.to);
  });
});

describe('registration workflow', () => {
  it('lets the commune confirm, amend with a comment or decline with a comment', () => {
    expect(registrationTransition('submitted', 'confirm', 'commune', null)).toBe('confirmed');
    expect(registrationTransition('submitted', 'amend', 'commune', '')).toBe('REASON_REQUIRED');
    expect(registrationTransition('submitted', 'amend', 'commune', 'Chỉ đủ máy trộn cho 20 người')).toBe('amended');
    expect(registrationTransition('submitted', 'decline', 'commune', null)).toBe('REASON_REQUIRED');
    expect(registrationTransition('submitted', 'decline', 'commune', 'Xã chưa tập kết vật liệu')).toBe('declined');
  });

  it('keeps each side to its own moves', () => {
    expect(registrationTransition('submitted', 'confirm', 'group', null)).toBe('FORBIDDEN');
    expect(registrationTransition('submitted', 'edit', 'commune', null)).toBe('FORBIDDEN');
  });

  it('sends a changed registration back to the commune, and refuses deciding twice', () => {
    expect(registrationTransition('confirmed', 'edit', 'group', null)).toBe('submitted');
    expect(registrationTransition('declined', 'edit', 'group', null)).toBe('submitted');
    expect(registrationTransition('confirmed', 'confirm', 'commune', null)).toBe('REGISTRATION_TRANSITION_NOT_ALLOWED');
    expect(registrationTransition('cancelled', 'edit', 'group', null)).toBe('REGISTRATION_TRANSITION_NOT_ALLOWED');
  });
});

describe('deadlines', () => {
  it('is the last such weekday strictly before the campaign day, in Vietnam time', () => {
    // Saturday 23/10/2021: Thursday 17:00 is 21/10 17:00 (+07) = 10:00 UTC.
    expect(deadlineFor('2021-10-23', { weekday: 4, time: '17:00' }).toISOString()).toBe('2021-10-21T10:00:00.000Z');
    // Friday 06:30 (+07) is Thursday 23:30 UTC.
    expect(deadlineFor('2021-10-23', { weekday: 5, time: '06:30' }).toISOString()).toBe('2021-10-21T23:30:00.000Z');
    // A deadline on the campaign day's own weekday is a week earlier.
    expect(deadlineFor('2021-10-23', { weekday: 6, time: '08:00' }).toISOString()).toBe('2021-10-16T01:00:00.000Z');
  });

  it('is always within the week before the day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 23 }), (offset, weekday, hour) => {
      const day = new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
      const d = deadlineFor(day, { weekday, time: `${String(hour).padStart(2, '0')}:00` });
      const dayStartUtc = Date.parse(`${day}T00:00:00Z`) - 7 * 3600_000;
      return d.getTime() < dayStartUtc && d.getTime() >= dayStartUtc - 7 * 86400_000;
    }));
  });

  it('checks times and weeks', () => {
    expect(isTime('07:30')).toBe(true);
    expect(isTime('24:00')).toBe(false);
    expect(isTime('7:30')).toBe(false);
    expect(weekStart('2021-10-23')).toBe('2021-10-18');
    expect(weekStart('2021-10-18')).toBe('2021-10-18');
    expect(weekStart('2021-10-24')).toBe('2021-10-18');
  });
});

describe('double booking and volume', () => {
  it('finds a group in two places and a segment in two entries', () => {
    expect(bookingConflicts([
      { key: 1, groupId: 7, segmentIds: [3, 4] },
      { key: 2, groupId: 7, segmentIds: [5] },
      { key: 3, groupId: 8, segmentIds: [4] },
    ])).toEqual([{ kind: 'group', groupId: 7, entries: [1, 2] }, { kind: 'segment', segmentId: 4, entries: [1, 3] }]);
    expect(bookingConflicts([{ key: 1, groupId: 7, segmentIds: [3] }, { key: 2, groupId: 8, segmentIds: [4] }])).toEqual([]);
  });

  it('finds no conflict exactly when groups and segments are all distinct', () => {
    fc.assert(fc.property(fc.array(fc.record({ groupId: fc.integer({ min: 1, max: 6 }), segmentIds: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }) }), { maxLength: 6 }), (list) => {
      const entries = list.map((e, i) => ({ key: i, ...e }));
      const groups = entries.map((e) => e.groupId);
      const segments = entries.flatMap((e) => e.segmentIds);
      const distinct = new Set(groups).size === groups.length && new Set(segments).size === segments.length;
      return (bookingConflicts(entries).length === 0) === distinct;
    }));
  });

  it('keeps the target within the remaining volume', () => {
    expect(volumeFits(13_000, [8_000, 5_000])).toBe(true);
    expect(volumeFits(13_001, [8_000, 5_000])).toBe(false);
    expect(volumeFits(1, [])).toBe(false);
  });

  it('turns a volume into metres over the segments in order', () => {
    const segs = [{ lengthMm: 100_000, remainingLitres: 6_000 }, { lengthMm: 50_000, remainingLitres: 6_000 }];
    expect(lengthForVolume(6_000, segs)).toBe(100_000);
    expect(lengthForVolume(9_000, segs)).toBe(125_000);
    expect(lengthForVolume(50_000, segs)).toBe(150_000);
  });

  it('computes mixer capacity and people for a volume', () => {
    expect(mixerCapacityLitres([250], 40)).toBe(10_000);
    expect(mixerCapacityLitres([], 40)).toBe(0);
    expect(headcountFor(10_000, 2000)).toBe(20);
    expect(headcountFor(10_001, 2000)).toBe(21);
    expect(headcountFor(0, 2000)).toBe(0);
  });
});

describe('go/no-go checklist', () => {
  const green: ReadinessFacts = {
    registration: { status: 'confirmed' },
    materials: [{ code: 'cement_pcb40', name: 'Xi măng PCB40', unit: 'kg', needed: 3085, stagedPassed: 4000 }],
    materialsKnown: true, supervisorName: 'Hoàng Văn Thắng',
    mixers: { wanted: 1, working: 2, takenByOthers: 1 }, rejectedSegments: [], segmentCount: 2,
    capacity: { drums: [250], batchesPerDay: 40, targetLitres: 9_000 },
    site: { confirmedOn: '22/10/2021', note: null },
    proposal: null,
  };

  it('is all green when every condition holds', () => {
    const checks = readiness(green);
    expect(checks.map((c) => c.item)).toEqual(['registration', 'materials', 'supervisor', 'mixer', 'site', 'segments']);
    expect(allGreen(checks)).toBe(true);
  });

  it('gives each red item its reason', () => {
    const checks = readiness({
      ...green, registration: { status: 'submitted' }, supervisorName: ' ',
      materials: [{ code: 'cement_pcb40', name: 'Xi măng PCB40', unit: 'kg', needed: 3085, stagedPassed: 2000 }],
      mixers: { wanted: 1, working: 1, takenByOthers: 1 }, rejectedSegments: ['Km0+150 – Km0+300'], site: { confirmedOn: null, note: null },
    });
    expect(checks.every((c) => !c.ok)).toBe(true);
    const byItem = Object.fromEntries(checks.map((c) => [c.item, c.vi]));
    expect(byItem.registration).toBe('Đăng ký đang chờ xã xác nhận');
    expect(byItem.materials).toContain('Xi măng PCB40 cần 3.085 kg, có 2.000 kg');
    expect(byItem.supervisor).toBe('Xã chưa cử người giám sát');
    expect(byItem.mixer).toContain('xã chỉ còn 0 máy');
    expect(byItem.segments).toContain('Km0+150 – Km0+300');
    expect(byItem.site).toBe('Xã chưa xác nhận mặt bằng (giải phóng, san gạt, lu lèn nền)');
  });

  it('is red when the mixers cannot pour the volume in a day: 18 m³ with one 250 l mixer (10 m³ a day)', () => {
    const mixer = readiness({ ...green, capacity: { drums: [250], batchesPerDay: 40, targetLitres: 18_000 } }).find((c) => c.item === 'mixer')!;
    expect(mixer).toMatchObject({ ok: false, vi: '18,00 m³ vượt công suất: 1 máy trộn (250 l) × 40 mẻ = 10,00 m³/ngày' });
    expect(mixer.en).toBe('18.00 m³ exceeds the capacity: 1 mixer (250 l) × 40 batches = 10.00 m³/day');
    // Two mixers: 20 m³ a day, enough.
    expect(readiness({ ...green, mixers: { wanted: 2, working: 2, takenByOthers: 0 }, capacity: { drums: [250, 250], batchesPerDay: 40, targetLitres: 18_000 } })
      .find((c) => c.item === 'mixer')).toMatchObject({ ok: true, vi: 'Đủ công suất: 2 máy trộn (250 + 250 l) × 40 mẻ = 20,00 m³/ngày' });
  });

  it('marks a proposal stale when the group registered since, showing the difference', () => {
    const entry = { headcount: 20, targetLitres: 10_000 };
    const stale = readiness({ ...green, proposal: { basis: { registration: null }, entry, registration: { headcount: 40, targetLitres: 18_000 } } }).at(-1)!;
    expect(stale).toMatchObject({ item: 'proposal', ok: false, vi: 'Đề xuất đã cũ: đề xuất 20 người, 10,00 m³ — đã đăng ký 40 người, 18,00 m³' });
    const fresh = readiness({ ...green, proposal: { basis: { registration: { headcount: 40, targetLitres: 18_000 } }, entry, registration: { headcount: 40, targetLitres: 18_000 } } }).at(-1)!;
    expect(fresh).toMatchObject({ item: 'proposal', ok: true });
    expect(readiness({ ...green, proposal: { basis: { registration: { headcount: 40, targetLitres: 18_000 } }, entry, registration: null } }).at(-1)!.vi)
      .toBe('Đề xuất đã cũ: đề xuất 20 người, 10,00 m³ — nhóm không còn đăng ký');
  });

  it('is red for a missing or declined registration, green for an amended one', () => {
    expect(readiness({ ...green, registration: null })[0]).toMatchObject({ ok: false, vi: 'Nhóm chưa đăng ký' });
    expect(readiness({ ...green, registration: { status: 'declined' } })[0]).toMatchObject({ ok: false, vi: 'Xã đã từ chối đăng ký của nhóm' });
    expect(readiness({ ...green, registration: { status: 'amended' } })[0].ok).toBe(true);
  });
});
