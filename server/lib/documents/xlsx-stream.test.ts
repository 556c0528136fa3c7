// The streamed writer keeps memory flat only if its rows wait for the zip: ExcelJS hands its blocks
// on without heeding backpressure, so when the zip fell behind (its compression runs on libuv's
// thread pool, which a busy machine or other work keeps waiting) the sheet's XML piled up in the zip
// entry's write buffer. Here the pool is kept busy for a while, as on a loaded server; the backlog
// the writer saw must stay under its limit, and the file must still hold every row.
import { pbkdf2 } from 'node:crypto';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetColumn } from './xlsx.js';
import { streamTable, streamWorkbook, type StreamingSheet } from './xlsx-stream.js';

const COLUMNS: SheetColumn[] = [
  { header: 'Số', width: 9 }, { header: 'Nội dung', width: 48 }, { header: 'Số tiền', width: 16, money: true },
];
const ROWS = 20_000;
const LIMIT = 64 * 1024;
const BLOCK = 64 * 1024; // ExcelJS hands the zip 64 kB at a time

function* rows(n: number): Generator<Array<string | number>> {
  for (let i = 1; i <= n; i++) yield [i, `Xi măng PCB30 cho tuyến đường thôn Nà Lại, lần ${i}`, 150_000 + (i % 97) * 10_000];
}

function collector(): Writable & { chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const w = new Writable({ write(c: Buffer, _e, cb) { chunks.push(c); cb(); } }) as Writable & { chunks: Buffer[] };
  w.chunks = chunks;
  return w;
}

/** Occupies every thread of libuv's pool (4 unless UV_THREADPOOL_SIZE says otherwise) for a while. */
function busyThreadPool(): Promise<unknown> {
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  return Promise.all(Array.from({ length: threads }, () => new Promise((resolve) => pbkdf2('x', 'y', 1_500_000, 32, 'sha256', resolve))));
}

describe('streamed XLSX', () => {
  it('makes the rows wait while the zip is held up, and still writes every row', async () => {
    const out = collector();
    const busy = busyThreadPool();
    let sheet: StreamingSheet | undefined;
    await streamWorkbook(out, async (book) => {
      sheet = book.sheet('Sổ quỹ', COLUMNS.map((c) => c.width));
      await streamTable(sheet, 1, COLUMNS, rows(ROWS));
    }, LIMIT);
    await busy;
    // At a check the backlog is at most the limit, the block handed on since the last check
    // (200 rows are well under one block) and the block being handed on.
    expect(sheet!.maxBacklogSeen).toBeGreaterThan(LIMIT);
    expect(sheet!.maxBacklogSeen).toBeLessThanOrEqual(LIMIT + 2 * BLOCK);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.concat(out.chunks) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getCell(2, 1).value).toBe(1);
    expect(ws.getCell(ROWS + 1, 1).value).toBe(ROWS);
    expect(ws.getCell(ROWS + 1, 2).value).toBe(`Xi măng PCB30 cho tuyến đường thôn Nà Lại, lần ${ROWS}`);
  });
});
