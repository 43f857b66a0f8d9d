/**
 * 金额 — money is integer fen (分) everywhere, as a JavaScript number within the safe-integer range (JSON and
 * DynamoDB carry it as is, which bigint would not); yuan are shown with two decimals. No floating point touches money.
 */

/** "1234.5" / "1,234.50" / "¥12" → fen; null when it is not a non-negative amount with at most two decimals. */
export function yuanToFen(text: string): number | null {
  const m = /^[¥￥]?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m?.[1]) return null;
  const yuan = Number(m[1].replace(/,/g, ''));
  const fen = yuan * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return Number.isSafeInteger(fen) ? fen : null;
}

/** fen → "1234.50" (two decimals, no separators), for forms and exports. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`formatYuan: ${fen} is not an integer number of fen`);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** fen → "1,234.50 元" for display. */
export function displayYuan(fen: number): string {
  const [whole = '0', cents = '00'] = formatYuan(fen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents} 元`;
}
