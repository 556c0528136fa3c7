// The emulation ranking: table, chart, XLSX (issue 7).
// Placeholder until the page is built.
export function RankingPage() {
  return <div data-testid="ranking-page" />;
}
