// Registrations: group lead form, commune inbox (issue 6).
// Placeholder until the page is built.
export function RegistrationsPage() {
  return <div data-testid="registrations-page" />;
}
