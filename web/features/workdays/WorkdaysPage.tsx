// Workday records list (issue 7).
// Placeholder until the page is built.
export function WorkdaysPage() {
  return <div data-testid="workdays-page" />;
}
