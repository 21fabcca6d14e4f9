import type { Day } from './progress';

/** Whether `timeZone` is an IANA zone this runtime knows, such as `America/New_York`. */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter in `timeZone`, made once per locale, zone and options and kept for warm turns: the first one in a
 * process loads ICU's time zone data, a cold start's largest single cost.
 */
export function zoneFormat(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone, options]);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/**
 * The calendar day of `date` in `timeZone`, as `YYYY-MM-DD`. UTC, the fallback when Alexa doesn't give the
 * device's zone, needs no formatter (see {@link zoneFormat}).
 */
export function dayIn(date: Date, timeZone: string): Day {
  if (timeZone === 'UTC') return date.toISOString().slice(0, 10);
  return zoneFormat('en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** `day` moved by `days` (negative for earlier). */
export function addDays(day: Day, days: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
