// Input limits shared by the server's validation and the web forms.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 200;
export const STAFF_COUNT_MAX = 100_000;

/** Ids are PostgreSQL `integer` keys: positive and at most 2^31 − 1. */
export const ID_MAX = 2_147_483_647;
/** Dates the campaign can sensibly concern; year 9999 is a typing slip, not a plan. */
export const DATE_MIN = '2000-01-01';
export const DATE_MAX = '2100-12-31';
/** A campaign runs at most two years (the district's campaigns run a season, a year at most). */
export const CAMPAIGN_DAYS_MAX = 731;
