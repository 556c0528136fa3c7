// XLSX exports: time and peak memory of the streamed writer (server/lib/documents/xlsx-stream.ts)
// beside the in-memory workbook it replaced (ExcelJS Workbook + writeTable + workbookBuffer), in
// the same run. Each measurement runs in a child process of its own, so its peak resident memory
// (process.resourceUsage().maxRSS) is its own. The streamed runs have a heap cap of 160 MB, so
// a writer that kept its rows would fail rather than merely grow (RSS grows lazily with V8's heap).
// 1. Rows of a ledger (7 columns, Vietnamese text, money): 100,000 rows both ways, then a million
//    streamed (the in-memory workbook is not tried at a million: it needs gigabytes). Flat memory
//    means the million's peak is about the 100,000's.
// 2. The demo district's monthly report over HTTP (a node on a fresh embedded database with the
//    demo): the XLSX download beside the same report as JSON, median of 3 each (goal: ≤ 1 s).
//
//   npx tsx bench/exports.ts [--rows 1000000] [--skip-district]
import { spawn } from 'node:child_process';
import os from 'node:os';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { streamTable, streamWorkbook, workbookBuffer, writeTable, type SheetColumn } from '../server/lib/documents/index.js';
import { fixed, median } from './lib/load.js';
import { startApp } from './lib/processes.js';
import { freshTarget, signIn } from './lib/target.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rows: { type: 'string', default: '1000000' }, 'skip-district': { type: 'boolean', default: false }, child: { type: 'boolean', default: false } },
});

const COLUMNS: SheetColumn[] = [
  { header: 'Số', width: 9 }, { header: 'Ngày', width: 12 }, { header: 'Loại', width: 14 }, { header: 'Nội dung', width: 48 },
  { header: 'Xã / Cơ quan', width: 24 }, { header: 'Số tiền', width: 16, money: true }, { header: 'Trạng thái', width: 16 },
];
const KINDS = ['Đóng góp', 'Cấp kinh phí', 'Chi', 'Bút toán đảo'];
const COMMUNES = ['Tân Nam', 'Yên Thành', 'Bằng Lang', 'Xuân Giang', 'Nà Khương', 'Tiên Nguyên'];

function* ledger(n: number): Generator<Array<string | number>> {
  for (let i = 1; i <= n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    yield [i, `${day}/10/2021`, KINDS[i % 4], `Xi măng PCB30 cho tuyến đường thôn, lần ${i}`, `Xã ${COMMUNES[i % COMMUNES.length]}`, 150_000 + (i % 97) * 10_000, 'Đã ghi'];
  }
}

/** Counts the bytes of the file without keeping them. */
function counter(): Writable & { bytes: number } {
  const w = new Writable({ write(chunk: Buffer, _enc, cb) { (w as Writable & { bytes: number }).bytes += chunk.length; cb(); } }) as Writable & { bytes: number };
  w.bytes = 0;
  return w;
}

async function child(mode: string, n: number): Promise<void> {
  const started = performance.now();
  let bytes: number;
  if (mode === 'stream') {
    const out = counter();
    await streamWorkbook(out, async (book) => { await streamTable(book.sheet('Sổ quỹ', COLUMNS.map((c) => c.width)), 1, COLUMNS, ledger(n)); });
    bytes = out.bytes;
  } else {
    const wb = new ExcelJS.Workbook();
    writeTable(wb.addWorksheet('Sổ quỹ'), 1, COLUMNS, [...ledger(n)]);
    bytes = (await workbookBuffer(wb)).byteLength;
  }
  const ms = performance.now() - started;
  console.log(JSON.stringify({ mode, rows: n, ms, bytes, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

const STREAM_HEAP_MB = 160;

interface Result { mode: string; rows: number; ms: number; bytes: number; peakMb: number }

function measure(mode: string, n: number): Promise<Result> {
  return new Promise((resolve, reject) => {
    // The streamed writer runs under a small heap cap: if it kept rows, it would fail, not just grow.
    const cap = mode === 'stream' ? [`--max-old-space-size=${STREAM_HEAP_MB}`] : [];
    const p = spawn(process.execPath, [...cap, '--import', 'tsx', fileURLToPath(import.meta.url), '--child', mode, String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`${mode} ${n} exited ${code}`))));
  });
}

if (values.child) {
  await child(positionals[0], Number(positionals[1]));
  process.exit(0);
}

console.log(`XLSX exports; Node ${process.version}, ${os.cpus().length} cores (shared)`);
const big = Number(values.rows);
const small = Math.min(100_000, big);
const runs: Result[] = [];
for (const [mode, n] of [['memory', small], ['stream', small], ['stream', big]] as const) {
  const r = await measure(mode, n);
  runs.push(r);
  console.log(`${mode === 'memory' ? 'in-memory workbook' : 'streamed writer   '} ${String(n).padStart(9)} rows: ${fixed(r.ms / 1000, 2)} s, peak RSS ${fixed(r.peakMb, 0)} MB, file ${fixed(r.bytes / 1048576, 1)} MB`);
}
const [mem, s1, s2] = runs;
console.log(`at ${small} rows the streamed writer takes ${fixed(s1.ms / mem.ms, 2)}× the time and ${fixed(s1.peakMb / mem.peakMb, 2)}× the peak memory of the in-memory workbook`);
console.log(`the streamed runs had a JavaScript heap cap of ${STREAM_HEAP_MB} MB (--max-old-space-size) and completed under it`);
console.log(`${big} rows streamed: ${fixed(big / small, 0)}× the rows for ${fixed(s2.peakMb / s1.peakMb, 2)}× the peak memory (flat is about 1) and ${fixed(s2.ms / s1.ms, 1)}× the time`);

if (!values['skip-district']) {
  const target = await freshTarget('pglite');
  const node = await startApp(target.env);
  try {
    const { cookie } = await signIn(node.url, 'coordinator');
    const campaign = 1;
    const q = 'kind=month&start=2021-10';
    const timed = async (url: string) => {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString()}`);
      return { ms: performance.now() - t0, bytes: body.byteLength };
    };
    await timed(`${node.url}/api/v1/campaigns/${campaign}/district-report/export?${q}&format=xlsx`); // warm up
    const json: number[] = [];
    const xlsx: number[] = [];
    let size = 0;
    for (let i = 0; i < 3; i++) {
      json.push((await timed(`${node.url}/api/v1/campaigns/${campaign}/district-report?${q}`)).ms);
      const x = await timed(`${node.url}/api/v1/campaigns/${campaign}/district-report/export?${q}&format=xlsx`);
      xlsx.push(x.ms);
      size = x.bytes;
    }
    console.log(`district report of 10/2021 (demo, embedded database): XLSX ${fixed(median(xlsx), 0)} ms (${fixed(size / 1024, 0)} KB), the same report as JSON ${fixed(median(json), 0)} ms: × ${fixed(median(xlsx) / median(json), 2)} (median of 3; goal ≤ 1 s)`);
  } finally {
    await node.stop();
    await target.drop();
  }
}
