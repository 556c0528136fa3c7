// exceljs's streaming reader (4.4.0) reads a worksheet at once only when the shared strings and the
// workbook's relationships came before it in the zip. Otherwise it parks the sheet in a temporary
// file, and in that path it now and then loses every zip entry after the sheet (about one read in
// three thousand, measured on a two-row workbook): the workbook part is never read and the upload
// fails as "could not be read". Excel and exceljs both write sheets before the shared strings, so
// the reader is given the same parts in the order it reads best: everything else first, sheets last.
// The parts were already inflated once within limits (xlsx-limits.ts), so this copy is bounded.
import { unzipSync, zipSync, type Zippable } from 'fflate';

const SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** A workbook of numbers only has no shared strings part; an empty one keeps the direct path. */
const EMPTY_SHARED_STRINGS = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

/** The same workbook, stored (not compressed), with its worksheets after every other part. */
export function sheetsLast(data: Uint8Array): Uint8Array {
  const parts = unzipSync(data);
  const names = Object.keys(parts);
  const ordered: Zippable = {};
  for (const name of names) if (!SHEET.test(name)) ordered[name] = parts[name];
  if (!(SHARED_STRINGS in ordered)) ordered[SHARED_STRINGS] = EMPTY_SHARED_STRINGS;
  for (const name of names) if (SHEET.test(name)) ordered[name] = parts[name];
  return zipSync(ordered, { level: 0 });
}
