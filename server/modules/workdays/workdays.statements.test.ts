// How many SQL statements a workday submission costs (a counter, not a timer): the phone's
// commune part with people and a pour, as the field sends it every Saturday. Every rule still runs
// (workdays.test.ts); this holds the command to the budget the benchmark (bench/workday-writes.ts)
// was measured with.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { makeRoadWithSegments, workdayBody } from '../../../test/helpers/workdays.js';
import { statementCount, watchStatements } from '../../db/statement-count.js';

let t: TestApp;
let w: World;
let seg: { id: number }[];

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
  seg = (await makeRoadWithSegments(t.db, w.units.tanNam.id)).segments;
});

describe('POST /workdays: statements', () => {
  it('records a commune part with a pour in a handful of statements', async () => {
    const c = await t.as('commune.tannam');
    const sent: string[] = [];
    watchStatements((s) => sent.push(s));
    const before = statementCount();
    const res = await c.post('/api/v1/workdays', workdayBody({ campaignId: w.campaign.id, communeId: w.units.tanNam.id, groupId: w.groups.groupA.id,
      commune: { people: { fullDay: 8, halfDay: 2 }, pours: [{ segmentId: seg[0].id, lengthM: 40, volumeM3: 20 }], weather: 'sunny' } }));
    const n = statementCount() - before;
    watchStatements(null);
    expect(res.status).toBe(201);
    // 59 before the command was made lean (each segment move re-read and re-presented its road), 34
    // after; the plausibility checks (plausibility.ts) read 7 more and the report chain's lock check
    // (the week's submitted report) one more, and the data version the read models' ETags use one
    // more (the last statement before commit), and the mixer check one more (the m³ the commune's
    // other workdays poured that day, since the same mixers serve them). Each re-read of a setting or
    // report row (the pour tolerances are read three times) is still a place to save a statement.
    expect(n, sent.map((s, i) => `${i + 1}. ${s.slice(0, 120)}`).join('\n')).toBeLessThanOrEqual(44);
    // The segment moved planned → ready → in progress, each move in its history and the audit log.
    const history = await t.db.selectFrom('segment_history').select(['from_status', 'to_status']).where('segment_id', '=', seg[0].id).orderBy('id').execute();
    expect(history).toEqual([{ from_status: 'planned', to_status: 'ready' }, { from_status: 'ready', to_status: 'in_progress' }]);
    expect(await t.db.selectFrom('audit_log').select('entity').where('entity', '=', 'segment').execute()).toHaveLength(2);
  });
});
