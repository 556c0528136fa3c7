// vi-VN display formats shared by the server's exports and the web app.

/** @example formatVnd(100000000) === '100.000.000 ₫' */
export function formatVnd(amount: number): string {
  return `${formatInteger(amount)} ₫`;
}

/** Groups thousands with dots, as vi-VN does. @example formatInteger(1234567) === '1.234.567' */
export function formatInteger(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + Math.abs(Math.trunc(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** @example formatDate('2021-09-09') === '09/09/2021' */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
