// Derived task status, colour codes and "overdue first" order of directive task instances.
import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './dates.js';
import { cellColour, EMPTY_COUNTS, instanceColour, rate, statusRank, taskStatus, TASK_STATUSES } from './directives.js';
import { mediaLinkedRecord } from './media.js';

describe('taskStatus', () => {
  it('an open instance is overdue from the day after its due date, in Vietnam', () => {
    expect(taskStatus('open', '2021-09-11', todayInVietnam(new Date('2021-09-11T16:59:59Z')))).toBe('open');
    expect(taskStatus('open', '2021-09-11', todayInVietnam(new Date('2021-09-11T17:00:00Z')))).toBe('overdue');
    expect(taskStatus('done', '2021-09-11', '2021-10-01')).toBe('done');
    expect(taskStatus('cannot_do', '2021-09-11', '2021-10-01')).toBe('cannot_do');
  });

  it('sorts overdue first, done last', () => {
    const shuffled = ['done', 'open', 'overdue', 'cannot_do'] as const;
    expect([...shuffled].sort((a, b) => statusRank(a) - statusRank(b))).toEqual([...TASK_STATUSES]);
  });
});

describe('colours', () => {
  it('colours an instance by status and timeliness', () => {
    expect([instanceColour('overdue', null), instanceColour('cannot_do', null), instanceColour('open', null),
      instanceColour('done', false), instanceColour('done', true)]).toEqual(['red', 'orange', 'blue', 'yellow', 'green']);
  });

  it('colours a cell by its worst instance', () => {
    const c = (v: Partial<typeof EMPTY_COUNTS>) => cellColour({ ...EMPTY_COUNTS, total: 1, ...v });
    expect(cellColour(EMPTY_COUNTS)).toBe('gray');
    expect(c({ overdue: 1, cannotDo: 1, doneOnTime: 3 })).toBe('red');
    expect(c({ cannotDo: 1, open: 2 })).toBe('orange');
    expect(c({ open: 1, doneLate: 1 })).toBe('blue');
    expect(c({ doneLate: 1, doneOnTime: 5 })).toBe('yellow');
    expect(c({ doneOnTime: 5 })).toBe('green');
  });
});

describe('rates and media', () => {
  it('rounds rates and has none without a denominator', () => {
    expect(rate(2, 3)).toBe(0.6667);
    expect(rate(0, 0)).toBeNull();
  });

  it('counts a reportage for the monthly task, anything else for the weekly news', () => {
    expect(mediaLinkedRecord('reportage')).toBe('media_reportage');
    expect(['news', 'photo_set', 'video'].map((t) => mediaLinkedRecord(t as 'news'))).toEqual(['media_news', 'media_news', 'media_news']);
  });
});
