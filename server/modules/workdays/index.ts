// The workdays module's public surface: workday records (attendance, labour-days, pours, materials,
// photos), their figures for plans (actualsForDay), weekly reports and the ranking.
export { workdaysRouter } from './workdays.http.js';
export { workdayFileOwner } from './workdays.files.js';
export { recordWorkday } from './commands/record-workday.js';
export { correctGroupPart, correctCommunePart, cancelWorkday } from './commands/correct-workday.js';
export { addPhoto, PHOTO_MAX_BYTES } from './photos.js';
export { actualsForDay, actualsFor, type WorkdayActual } from './actuals.js';
export { figuresOf, figureSums, workRecordOf, type FigureSumRow, type FigureKey, attendanceByAgency, listWorkdays, poursOf, type FigureRow, type WorkdayFilter } from './workdays.repository.js';
export { issuedTo, planEntryFor, segmentFacts, type IssuedMaterial } from './sources.js';
export { normsFor } from './workdays.presenter.js';
