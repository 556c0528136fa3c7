// The district report, weekly or monthly, with its exports (issue 7).
// Placeholder until the page is built.
export function DistrictReportPage() {
  return <div data-testid="district-report-page" />;
}
