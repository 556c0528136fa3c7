// The materials module's public surface: the catalogue, staging points, the stock ledger, lots and
// their inspections; stagedPassedStock for the plans' go/no-go and shortage forecast.
import { createRouter } from '../../http/router.js';
import { catalogueRouter } from './materials.http.js';
import { stockRouter } from './stock.http.js';

export const materialsRouter = createRouter().route('/', catalogueRouter).route('/', stockRouter);
export { materialsByCommune, stagedPassedStock, stockOnHand } from './stock-queries.js';
export { receiveLot } from './commands/receive-lot.js';
export { adjustStock, issueStock, transferStock } from './commands/move-stock.js';
export { reverseLotReceipt, reverseMovement } from './commands/reverse-movement.js';
export { createPoint, ensureDefaultMaterials } from './commands/catalogue.js';
export { inspectLot } from './commands/inspect-lot.js';
export { inspectionFileOwner } from './materials.files.js';
