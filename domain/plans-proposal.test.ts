// The plan proposal: assignments and registrations decide where each group goes; the commune's
// free mixers decide how much it pours and how many people it needs; properties over random days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proposePlan, type ProposalInput, type ProposalSegment } from './plans-proposal.js';

const settings = { batchesPerMixerDay: 40, labourNormMilli: 2000, meetingTime: '07:00' };
const seg = (id: number, groupId: number | null, o: Partial<ProposalSegment> = {}): ProposalSegment => ({
  id, roadId: 1, roadName: 'Đường trục thôn Nặm Khẳm', communeId: 10, chainage: `Km0+${String((id - 1) * 150).padStart(3, '0')}`,
  lengthMm: 150_000, remainingLitres: 6_000, status: 'planned', groupId, ...o,
});
const base = (o: Partial<ProposalInput> = {}): ProposalInput => ({
  groups: [{ id: 1, name: 'Nhóm 1', ordinal: 1, staff: 40 }, { id: 2, name: 'Nhóm 2', ordinal: 2, staff: 30 }],
  segments: [seg(1, 1), seg(2, 1), seg(3, 1), seg(4, 2, { communeId: 20, roadId: 2, roadName: 'Đường liên thôn Yên Sơn' })],
  registrations: [],
  communes: [{ id: 10, name: 'Tân Nam', freeMixers: [250] }, { id: 20, name: 'Yên Thành', freeMixers: [250] }],
  plannedGroupIds: [], bookedSegmentIds: [], settings, ...o,
});

describe('proposePlan', () => {
  it('sends each group to its assigned road, capped by one mixer a day, with people from the norm', () => {
    const { entries, skipped } = proposePlan(base());
    expect(skipped).toEqual([]);
    const g1 = entries.find((e) => e.groupId === 1)!;
    // One 250 l mixer × 40 batches = 10 m³: segment 1 (6 m³) fully, segment 2 partly.
    expect(g1).toMatchObject({ communeId: 10, segmentIds: [1, 2], targetLitres: 10_000, mixers: 1, headcount: 20, targetLengthMm: 250_000 });
    expect(g1.explanation.vi).toBe('Theo phân công tuyến Đường trục thôn Nặm Khẳm (Km0+000, Km0+150); chưa đăng ký; xã Tân Nam: 1 máy trộn 250 l × 40 mẻ = 10 m³/ngày → 10 m³, 20 người (định mức 2 công/m³).');
    const g2 = entries.find((e) => e.groupId === 2)!;
    expect(g2).toMatchObject({ communeId: 20, segmentIds: [4], targetLitres: 6_000, headcount: 12 });
  });

  it('fits a registered headcount down to what the mixers can take', () => {
    const { entries } = proposePlan(base({ registrations: [{ groupId: 1, communeId: 10, headcount: 45, targetLitres: 15_000, status: 'confirmed' }] }));
    const g1 = entries.find((e) => e.groupId === 1)!;
    expect(g1.targetLitres).toBe(10_000);
    expect(g1.headcount).toBe(20);
    expect(g1.explanation.vi).toContain('đăng ký 45 người, 15 m³');
  });

  it('gives leftover mixers to the group with the most work beyond its capacity', () => {
    const { entries } = proposePlan(base({ communes: [{ id: 10, name: 'Tân Nam', freeMixers: [250, 250] }, { id: 20, name: 'Yên Thành', freeMixers: [250] }] }));
    const g1 = entries.find((e) => e.groupId === 1)!;
    expect(g1.mixers).toBe(2);
    expect(g1.targetLitres).toBe(18_000); // three segments of 6 m³, under the 20 m³ two mixers can pour
    expect(g1.headcount).toBe(36);
  });

  it('leaves out a group with no free mixer in its commune, and one with nothing to do', () => {
    const { entries, skipped } = proposePlan(base({
      groups: [...base().groups, { id: 3, name: 'Nhóm 3', ordinal: 3, staff: 20 }],
      segments: [seg(1, 1), seg(2, 3)],
      communes: [{ id: 10, name: 'Tân Nam', freeMixers: [250] }],
    }));
    expect(entries.map((e) => e.groupId)).toEqual([1]);
    expect(skipped).toEqual([
      { groupId: 2, vi: 'Nhóm chưa được phân công tuyến còn khối lượng và chưa đăng ký', en: expect.any(String) },
      { groupId: 3, vi: 'Xã Tân Nam không còn máy trộn trống trong ngày', en: expect.any(String) },
    ]);
  });

  it('sends a registered group without an assignment to free segments of its commune', () => {
    const { entries } = proposePlan(base({
      segments: [seg(1, 1), seg(5, null, { communeId: 20, roadId: 3, roadName: 'Ngõ thôn Khuổi Hốc' })],
      registrations: [{ groupId: 2, communeId: 20, headcount: 10, targetLitres: 4_000, status: 'submitted' }],
    }));
    const g2 = entries.find((e) => e.groupId === 2)!;
    expect(g2).toMatchObject({ communeId: 20, segmentIds: [5], targetLitres: 4_000, headcount: 8 });
    expect(g2.explanation.vi.startsWith('Theo đăng ký (đoạn chưa phân công) Ngõ thôn Khuổi Hốc')).toBe(true);
  });

  it('leaves alone groups and segments already in the plan, and skips rejected or finished segments', () => {
    const { entries } = proposePlan(base({
      segments: [seg(1, 1), seg(2, 1, { status: 'rejected' }), seg(3, 1, { remainingLitres: 0 }), seg(4, 2, { communeId: 20 })],
      plannedGroupIds: [2], bookedSegmentIds: [1],
    }));
    expect(entries).toEqual([]);
  });

  it('never books a segment twice, never a group twice, never more mixers than free, never past what remains', () => {
    const arb = fc.record({
      segs: fc.array(fc.record({ group: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }), commune: fc.constantFrom(10, 20), litres: fc.integer({ min: 0, max: 20_000 }) }), { maxLength: 12 }),
      mixers: fc.tuple(fc.array(fc.constantFrom(250, 350), { maxLength: 3 }), fc.array(fc.constantFrom(250, 350), { maxLength: 3 })),
      regs: fc.array(fc.record({ groupId: fc.integer({ min: 1, max: 4 }), communeId: fc.constantFrom(10, 20), headcount: fc.integer({ min: 1, max: 60 }), targetLitres: fc.integer({ min: 0, max: 30_000 }) }), { maxLength: 4 }),
    });
    fc.assert(fc.property(arb, ({ segs, mixers, regs }) => {
      const segments = segs.map((s, i) => seg(i + 1, s.group, { communeId: s.commune, remainingLitres: s.litres }));
      const registrations = [...new Map(regs.map((r) => [r.groupId, { ...r, status: 'confirmed' as const }])).values()];
      const input = base({
        groups: [1, 2, 3, 4].map((id) => ({ id, name: `Nhóm ${id}`, ordinal: id, staff: 50 })),
        segments, registrations,
        communes: [{ id: 10, name: 'Tân Nam', freeMixers: mixers[0] }, { id: 20, name: 'Yên Thành', freeMixers: mixers[1] }],
      });
      const { entries } = proposePlan(input);
      const segIds = entries.flatMap((e) => e.segmentIds);
      if (new Set(segIds).size !== segIds.length) return false;
      if (new Set(entries.map((e) => e.groupId)).size !== entries.length) return false;
      for (const c of input.communes) if (entries.filter((e) => e.communeId === c.id).reduce((s, e) => s + e.mixers, 0) > c.freeMixers.length) return false;
      for (const e of entries) {
        const remaining = e.segmentIds.reduce((s, id) => s + segments.find((x) => x.id === id)!.remainingLitres, 0);
        if (e.targetLitres > remaining || e.targetLitres <= 0 || e.mixers < 1) return false;
        if (segments.some((s) => e.segmentIds.includes(s.id) && s.communeId !== e.communeId)) return false;
        const reg = registrations.find((r) => r.groupId === e.groupId);
        if (reg && e.headcount > reg.headcount) return false;
      }
      return true;
    }));
  });
});
