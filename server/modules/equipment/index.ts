// The equipment module's public surface.
export { equipmentRouter } from './equipment.http.js';
export { createEquipment, bookEquipment, listEquipment } from './equipment.js';
