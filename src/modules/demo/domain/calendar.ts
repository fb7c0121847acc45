/**
 * Day arithmetic for the generator. Dates are whole days since 1970-01-01 (UTC) so they are cheap to
 * compare; strings are made once per day and per quarter-hour and then shared, because two million
 * touchpoints holding their own copy of the same timestamp text would cost ~80 MB for nothing.
 */

const DAY_MS = 86_400_000;
/** Working hours in UTC: 08:00 to 17:45 in quarter-hour slots. */
export const WORKING_SLOTS = 40;
const FIRST_WORKING_HOUR = 8;

export type Calendar = {
  asOfDay: number;
  date(day: number): string;
  /** An ISO timestamp on a day at a working-hours slot (0 = 08:00, 39 = 17:45). */
  timestamp(day: number, slot: number): string;
};

export function parseDay(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`asOf must be a date as YYYY-MM-DD, got "${isoDate}"`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / DAY_MS;
  if (formatDay(day) !== isoDate) throw new Error(`asOf is not a calendar date: "${isoDate}"`);
  return day;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Saturday and Sunday move back to Friday: business happens on weekdays. */
export function toWeekday(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 6) return day - 1;
  if (weekday === 0) return day - 2;
  return day;
}

/** Saturday and Sunday move on to Monday, for a day that must not fall before a given start. */
export function nextWeekday(day: number): number {
  const weekday = (((day + 4) % 7) + 7) % 7;
  if (weekday === 6) return day + 2;
  if (weekday === 0) return day + 1;
  return day;
}

export function createCalendar(asOf: string): Calendar {
  const asOfDay = parseDay(asOf);
  const dates = new Map<number, string>();
  const stamps = new Map<number, string>();
  const date = (day: number) => {
    let text = dates.get(day);
    if (text === undefined) {
      text = formatDay(day);
      dates.set(day, text);
    }
    return text;
  };
  return {
    asOfDay,
    date,
    timestamp(day, slot) {
      const key = day * WORKING_SLOTS + slot;
      let text = stamps.get(key);
      if (text === undefined) {
        const hour = FIRST_WORKING_HOUR + Math.floor(slot / 4);
        const minute = (slot % 4) * 15;
        text = `${date(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
        stamps.set(key, text);
      }
      return text;
    },
  };
}
