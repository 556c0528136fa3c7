// Input limits shared by the server's validation and the web forms.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 200;
export const STAFF_COUNT_MAX = 100_000;
