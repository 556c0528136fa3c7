// The ranking module's public surface: the emulation ranking (thi đua) and its export.
export { rankingRouter } from './ranking.http.js';
export { buildRanking, type Ranking } from './ranking.js';
export { rankingXlsx } from './ranking.xlsx.js';
