// The documents' issuer on both databases: the district's defaults, changed by the office only,
// bad input named and refused, audited; the plan sheet and the fund statement print its symbol,
// body and signer, in the state and the Party variant.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectError } from '../../../test/helpers/assertions.js';
import { makeWorld, type World } from '../../../test/helpers/factories.js';
import { officeIssuer } from '../../../test/helpers/documents.js';
import { makeFund } from '../../../test/helpers/fund.js';
import { setupApp, type TestApp } from '../../../test/helpers/test-app.js';
import { issuerMeta } from './index.js';

let t: TestApp;
let w: World;

beforeEach(async () => {
  t = await setupApp();
  w = await makeWorld(t.db);
});

const issuer = officeIssuer;

describe('/document-issuer', () => {
  it("starts from the district's defaults, with no signer's name guessed", async () => {
    const res = await (await t.as('coordinator')).get('/api/v1/document-issuer');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ isDefault: true, place: 'Quang Bình', state: { parent: 'UBND HUYỆN Quang Bình', abbreviation: 'VPĐP', signerName: '' },
      party: { parent: 'ĐẢNG BỘ TỈNH Hà Giang', name: 'HUYỆN ỦY Quang Bình', abbreviation: 'HU', signerAuthority: 'T/M BAN THƯỜNG VỤ' } });
  });

  it('is changed by the office only, bad input named and refused, the change audited', async () => {
    const c = await t.as('coordinator');
    expectError(await (await t.as('commune.tannam')).send('PUT', '/api/v1/document-issuer', issuer()), 403, 'FORBIDDEN');
    const bad = { ...issuer(), state: { ...issuer().state, name: '' } };
    expectError(await c.send('PUT', '/api/v1/document-issuer', bad), 400, 'VALIDATION', 'state.name');
    expect((await c.get('/api/v1/document-issuer')).body.isDefault).toBe(true);
    const saved = await c.send('PUT', '/api/v1/document-issuer', issuer());
    expect(saved.body).toMatchObject({ ...issuer(), isDefault: false });
    const audit = (await c.get('/api/v1/audit-log?entity=document_issuer')).body.items;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'update', after: { state: { signerName: 'Hoàng Thị Điều' } } });
  });

  it('gives each document its symbol, body and signer: "KH-VPĐP" for the state, "BC/HU" and the Party committee for the Party', async () => {
    await (await t.as('coordinator')).send('PUT', '/api/v1/document-issuer', issuer());
    expect(await issuerMeta(t.db, 'state', 'Kế hoạch')).toMatchObject({ issuer: 'VĂN PHÒNG ĐIỀU PHỐI NÔNG THÔN MỚI', symbol: 'KH-VPĐP', place: 'Quang Bình',
      signer: { authority: 'KT. CHÁNH VĂN PHÒNG', title: 'Phó Chánh Văn phòng', name: 'Hoàng Thị Điều' } });
    expect(await issuerMeta(t.db, 'party', 'Báo cáo')).toMatchObject({ header: 'party', issuerParent: 'ĐẢNG BỘ TỈNH HÀ GIANG', issuer: 'HUYỆN ỦY QUANG BÌNH', symbol: 'BC/HU',
      signer: { authority: 'T/M BAN THƯỜNG VỤ', title: 'Phó Bí thư', name: 'Lương Văn Đoàn' } });
  });
});

describe('documents printed with the issuer', () => {
  it('the fund statement in the Party variant: the Party committee issues it, "Số      -BC/HU", its signer signs', async () => {
    const c = await t.as('coordinator');
    await c.send('PUT', '/api/v1/document-issuer', issuer());
    const fund = await makeFund(t.db, w);
    const res = await t.app.request(`/api/v1/funds/${fund.id}/statement.pdf?header=party`, { headers: { cookie: c.cookie! } });
    expect(res.status).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-issuer-'));
    const file = path.join(dir, 'sao-ke.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const s of ['ĐẢNG BỘ TỈNH HÀ GIANG', 'HUYỆN ỦY QUANG BÌNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Lương Văn Đoàn']) expect(text).toContain(s);
    expect(text).toMatch(/Số\s+-BC\/HU/);
    expect(text).not.toContain('UBND HUYỆN'); // the People's Committee is not the issuer (it stays among the recipients)
  });
});
