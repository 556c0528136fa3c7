// Kế hoạch tuần: kế hoạch của một ngày ra quân (issue 6).
// Placeholder until the page is built.
export function PlansPage() {
  return <div data-testid="plans-page" />;
}
