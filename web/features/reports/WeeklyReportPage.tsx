// One weekly commune report (issue 7).
// Placeholder until the page is built.
export function WeeklyReportPage() {
  return <div data-testid="weekly-report-page" />;
}
