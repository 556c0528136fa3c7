// Weekly commune reports and the completeness grid (issue 7).
// Placeholder until the page is built.
export function WeeklyReportsPage() {
  return <div data-testid="weekly-reports-page" />;
}
