// The audit module's public surface.
export { recordAudit, type AuditEntry } from './audit.repository.js';
export { auditRouter } from './audit.http.js';
export { auditText, tail } from '../../../domain/audit-text.js';
