// Hostile spreadsheets against the import reader (loadWorkbook, which every importer uses): the
// time to refuse each file and the process's peak memory, next to an ordinary 200-row list read in
// the same way as the baseline, and an ordinary 20,000-row list (the row limit) read by the
// streaming reader and, for comparison, built whole as an exceljs Workbook (the reader before).
// Each case runs in a fresh process so peak memory is its own, and the files are built beforehand
// by this process.
// Run: npx tsx bench/hostile-xlsx.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../server/lib/xlsx.js';
import { xlsxWithFarCell, xlsxWithHugeName } from '../test/helpers/hostile-xlsx.js';
import { xlsxOf } from '../test/helpers/sample-files.js';

const list = (rows: number) => () => xlsxOf([['STT', 'Tên cơ quan, đơn vị', 'Nhóm', 'Số CBCCVC', 'Trưởng nhóm'],
  ...Array.from({ length: rows }, (_, i) => [i + 1, `Phòng ${i + 1}`, `Nhóm ${1 + Math.floor(i / 8)}`, 10 + (i % 90), i % 8 === 0 ? 'x' : null])]);
const CASES: Record<string, () => Promise<Uint8Array>> = {
  'ordinary list, 200 rows (baseline)': list(200),
  'ordinary list, 20,000 rows (limit)': list(19_999),
  '20,000 rows, whole Workbook (before)': list(19_999),
  'one cell at XFD1048576': xlsxWithFarCell,
  'a 100 MB name': () => xlsxWithHugeName(100),
};

/** The reader before streaming: the whole workbook model built by exceljs. */
async function loadWhole(data: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return wb;
}

async function runCase(name: string, file: string) {
  const data = new Uint8Array(fs.readFileSync(file));
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let outcome = 'read';
  let rows = 0;
  try {
    if (name.includes('whole Workbook')) rows = (await loadWhole(data)).worksheets[0].rowCount;
    else rows = (await loadWorkbook(data)).worksheets[0].rowCount;
  } catch (e) { outcome = `refused: ${(e as { fields?: Array<{ en: string }> }).fields?.[0]?.en ?? String(e)}`; }
  const ms = performance.now() - started;
  // Peak resident memory of this process (kB on Linux) against the memory before reading.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  if (outcome === 'read') outcome = `read ${rows} rows`;
  console.log(JSON.stringify({ name, bytes: data.length, ms, beforeMb: before / 1048576, peakMb, outcome }));
}

if (process.argv[2] === '--case') {
  await runCase(process.argv[3], process.argv[4]);
} else {
  // The files are built here, so building the 100 MB text does not count in a case's memory.
  const self = fileURLToPath(import.meta.url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ntm-hostile-'));
  const results = [];
  for (const [i, [name, build]] of Object.entries(CASES).entries()) {
    const file = path.join(dir, `${i}.xlsx`);
    fs.writeFileSync(file, await build());
    results.push(JSON.parse(execFileSync('npx', ['tsx', self, '--case', name, file], { encoding: 'utf8' }).trim().split('\n').pop()!));
  }
  fs.rmSync(dir, { recursive: true });
  const base = results[0];
  console.log('case                                 |    file | time ms | × baseline | peak RSS MB | outcome');
  for (const r of results) {
    console.log(`${r.name.padEnd(37)}| ${String(r.bytes).padStart(7)} | ${r.ms.toFixed(0).padStart(7)} | ${(r.ms / base.ms).toFixed(2).padStart(10)} | ${r.peakMb.toFixed(0).padStart(11)} | ${r.outcome.slice(0, 90)}`);
  }
}
