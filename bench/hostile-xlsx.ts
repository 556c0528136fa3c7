// Hostile spreadsheets against the import reader (loadWorkbook, which every importer uses): the
// time to refuse each file and the process's peak memory, next to an ordinary 200-row list read in
// the same way as the baseline. Each case runs in a fresh process so peak memory is its own, and
// the files are built beforehand by this process.
// Run: npx tsx bench/hostile-xlsx.ts
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadWorkbook } from '../server/lib/xlsx.js';
import { xlsxWithFarCell, xlsxWithHugeName } from '../test/helpers/hostile-xlsx.js';
import { xlsxOf } from '../test/helpers/sample-files.js';

const CASES: Record<string, () => Promise<Uint8Array>> = {
  'ordinary list, 200 rows (baseline)': () => xlsxOf([['Tên cơ quan, đơn vị', 'Số CBCCVC'], ...Array.from({ length: 200 }, (_, i) => [`Phòng ${i + 1}`, 10 + i])]),
  'one cell at XFD1048576': xlsxWithFarCell,
  'a 100 MB name': () => xlsxWithHugeName(100),
};

async function runCase(name: string, file: string) {
  const data = new Uint8Array(fs.readFileSync(file));
  const before = process.memoryUsage().rss;
  const started = performance.now();
  let outcome = 'read';
  try { await loadWorkbook(data); } catch (e) { outcome = `refused: ${(e as { fields?: Array<{ en: string }> }).fields?.[0]?.en ?? String(e)}`; }
  const ms = performance.now() - started;
  // Peak resident memory of this process (kB on Linux) against the memory before reading.
  const peakMb = process.resourceUsage().maxRSS / 1024;
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
  console.log('case                               |   file | time ms | × baseline | peak RSS MB | outcome');
  for (const r of results) {
    console.log(`${r.name.padEnd(35)}| ${String(r.bytes).padStart(6)} | ${r.ms.toFixed(0).padStart(7)} | ${(r.ms / base.ms).toFixed(2).padStart(10)} | ${r.peakMb.toFixed(0).padStart(11)} | ${r.outcome.slice(0, 90)}`);
  }
}
