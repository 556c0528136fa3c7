// One workday record: the phone-friendly form (issue 7).
// Placeholder until the page is built.
export function WorkdayPage() {
  return <div data-testid="workday-page" />;
}
