// The pages a clerk or group lead uses on a Saturday, as their source files under web/. Their code
// is put on the phone at the first visit (the service worker's precache, vite.config.ts), so they
// open with no signal; bench/field-weight.ts measures what a cold open of them downloads.
// Every other page is fetched when first opened and kept afterwards.
export const SIGN_IN_PAGES = ['features/auth/SignInPage.tsx'];

/** The layout, then home → workday list → the workday record form (the path a clerk walks on Saturday). */
export const WORKDAY_FORM_PAGES = ['app/Layout.tsx', 'features/home/HomePage.tsx', 'features/workdays/WorkdaysPage.tsx', 'features/workdays/WorkdayPage.tsx'];

/**
 * What the entry loads after the first screen (not part of a cold open's weight, but needed on the
 * phone): the notices' container, the service worker's registration and the English strings.
 */
export const AFTER_FIRST_SCREEN = ['app/Notices.tsx', 'features/offline/register.ts', 'i18n/en.json'];

export const FIELD_PAGES = [
  ...AFTER_FIRST_SCREEN,
  ...SIGN_IN_PAGES,
  ...WORKDAY_FORM_PAGES,
  'features/plans/RegistrationsPage.tsx',
  'features/reports/WeeklyReportsPage.tsx',
  'features/reports/WeeklyReportPage.tsx',
  'features/auth/ChangePasswordPage.tsx',
  'features/offline/kept-session.ts', // the last session, read when /auth/me cannot be asked
];
