// The mixer-capacity rule counts every workday of the commune that day: the same mixers serve all
// the groups pouring on its roads.
import { describe, expect, it } from 'vitest';
import { checkWorkday, DEFAULT_PLAUSIBILITY, type WorkdayFacts } from './plausibility.js';

const facts = (litres: number, elsewhere?: number): WorkdayFacts => ({
  people: 20, officials: [], plan: null, mixerDrums: [250], communeLitresElsewhere: elsewhere, fields: { commune: 'commune.', group: 'group.' },
  pours: [{ index: 0, label: 'Đường thôn Km0+000 – Km0+150', lengthMm: 13_334, litres, widthMm: 3000, thicknessMm: 150, designLitres: 67_500, pouredBeforeLitres: 0, finished: false }],
});
const mixer = (f: WorkdayFacts) => checkWorkday(f, DEFAULT_PLAUSIBILITY).filter((x) => x.code === 'MIXER_CAPACITY');

describe('MIXER_CAPACITY', () => {
  it('one 250 l mixer makes about 10 m³ a day: 6 m³ alone fits', () => {
    expect(mixer(facts(6000))).toEqual([]);
    expect(mixer(facts(6000, 4000))).toEqual([]); // exactly the 10 m³
  });

  it("counts the commune's other workdays of the day against the same mixers, and says so", () => {
    const [w] = mixer(facts(6000, 6000));
    expect(w).toMatchObject({ severity: 'warning', field: 'commune.pours' });
    expect(w.vi).toBe('6 m³ của buổi này cùng 6 m³ của các buổi khác tại xã trong ngày (12 m³) vượt công suất 1 máy trộn tại xã (khoảng 10 m³/ngày)');
    expect(w.en).toBe("6 m³ on this workday and 6 m³ on the commune's other workdays that day (12 m³) exceeds the 1 mixer(s) on site (about 10 m³ a day)");
  });

  it('a workday pouring nothing is not flagged for what the others pour', () => {
    expect(mixer({ ...facts(0, 18_000), pours: [] })).toEqual([]);
  });
});
