/**
 * Sources often give only a year ("by 2025") or a month, so dates are ISO 8601 strings of reduced
 * precision: "2025", "2025-06" or "2025-06-30". They sort correctly as strings.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A real date as YYYY, YYYY-MM or YYYY-MM-DD (no 2023-02-30). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The last day a partial date covers: a deadline of "2025" runs until 2025-12-31. */
export function lastDayOf(partialDate: string): string {
  const match = PARTIAL_DATE.exec(partialDate);
  if (!match || !isPartialDate(partialDate)) throw new RangeError(`Not a date: ${partialDate}`);
  const [, year, month, day] = match;
  if (day !== undefined) return partialDate;
  const lastMonth = month ?? "12";
  const lastDay = daysInMonth(Number(year), Number(lastMonth));
  return `${year}-${lastMonth}-${String(lastDay).padStart(2, "0")}`;
}

/** Today's date in UTC as YYYY-MM-DD. */
export const todayIso = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return todayIso(date);
}

/**
 * The partial dates whose last day falls before `day` (YYYY-MM-DD), as a string range a database
 * can use: everything below `day` except the year and the month that contain it ("2025" and
 * "2025-06" do not end before 2025-06-10, although they sort below it).
 */
export function endsBeforeRange(day: string): { lt: string; notIn: string[] } {
  return { lt: day, notIn: [day.slice(0, 4), day.slice(0, 7)] };
}
