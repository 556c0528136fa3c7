// Official-format documents (DOMAIN.md §4) for every module that prints: statements, receipts,
// plans, reports. One description of the header, signer and recipients; PDF and XLSX builders.
export * from './official.js';
export { closingBlock, heading, keepWithNext, officialDocument, officialHeader, paragraph, renderPdf, table, titleBlock } from './pdf.js';
export { officialWorksheet, VND_FORMAT, workbookBuffer, writeClosing, writeOfficialHeader, writeTable, type SheetColumn } from './xlsx.js';
// Streamed XLSX: flat memory however many rows (district report, statements, long exports).
export { streamedWorkbookBuffer, streamTable, streamWorkbook, type StreamingBook, type StreamingSheet } from './xlsx-stream.js';
// DOCX (issue 7): the same header, signer and recipients for Word.
export { docxClosing, docxHeader, docxHeading, docxParagraph, docxTable, docxTitle, renderDocx } from './docx.js';
