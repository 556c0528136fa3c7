// "Today" and "now" for plans and registrations: the business date and time of the directives
// module's clock (Vietnam's, except in the demo, whose pinned date moves "now" to that date at the
// current time of day), so deadlines and past-date rules read the same as the rest of the demo.
export { businessNow, businessToday } from '../directives/index.js';
