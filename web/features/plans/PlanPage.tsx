// One plan of a campaign day (issue 6).
// Placeholder until the page is built.
export function PlanPage() {
  return <div data-testid="plan-page" />;
}
