// Directive recipients (issue 18): the only import surface of the module.
export { recipientsRouter } from './recipients.http.js';
export { markRead, setRecipients } from './recipients.js';
