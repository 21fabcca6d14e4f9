import { isRecord } from '../json';
import { isTimeZone, zoneFormat } from './calendar';
import type { Day } from './progress';

/**
 * The device's time zone, kept with the user's progress so that a returning user's day is known without asking
 * Alexa's Settings API at every launch, and without Intl: the zone's UTC offset is kept with it, for as long as it
 * holds. The first time-zone formatter in a process loads ICU's zone data, the largest single cost of a cold
 * start's first answer (bench/RESULTS.md); a returning user's launch pays none of it.
 */
export interface KeptTimeZone {
  /** An IANA zone, such as `America/Chicago`. */
  zone: string;
  /** The device Alexa gave it for, as the same one-way hash the logs use for user ids. */
  device: string;
  /** ISO timestamp of when Alexa gave it. */
  checkedAt: string;
  /** The zone's offset from UTC in minutes (`-360` for Chicago in winter), from `checkedAt` until `validUntil`. */
  offsetMinutes: number;
  /** ISO timestamp: the zone's next change of offset (daylight saving), or the end of {@link KEPT_TIME_ZONE_MAX_AGE_MS}. */
  validUntil: string;
}

/**
 * How long a kept zone is trusted. Users rarely move their Echo, but they do change its settings; a week bounds
 * how long a changed zone goes unnoticed, at one Settings call a week per device.
 */
export const KEPT_TIME_ZONE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

const MINUTE_MS = 60_000;

/** The offset from UTC of `timeZone` at `date`, in whole minutes. */
export function offsetAt(timeZone: string, date: Date): number {
  const format = zoneFormat('en-US', timeZone, { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const part = Object.fromEntries(format.formatToParts(date).map(({ type, value }) => [type, Number(value)]));
  const local = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!);
  return Math.round((local - Math.floor(date.getTime() / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The zone Alexa just gave for `device`, to keep: with its offset now, valid until the offset next changes (found to
 * the minute) or for {@link KEPT_TIME_ZONE_MAX_AGE_MS}, whichever comes first. A week holds at most one change.
 */
export function keptTimeZone(zone: string, device: string, now: Date): KeptTimeZone {
  const offsetMinutes = offsetAt(zone, now);
  let low = now.getTime();
  let high = low + KEPT_TIME_ZONE_MAX_AGE_MS;
  if (offsetAt(zone, new Date(high)) !== offsetMinutes) {
    while (high - low > MINUTE_MS) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetAt(zone, new Date(middle)) === offsetMinutes) low = middle;
      else high = middle;
    }
  }
  return { zone, device, checkedAt: now.toISOString(), offsetMinutes, validUntil: new Date(high).toISOString() };
}

/**
 * Whether the kept zone, and its offset, still stand for a request from `device` at `now`: asked for the same
 * device, and `now` within the time its offset holds. A request that names no device can't be checked against
 * another, so only the time counts.
 */
export function isCurrent(kept: KeptTimeZone, device: string | undefined, now: Date): boolean {
  const time = now.getTime();
  return (device === undefined || kept.device === device) && time >= Date.parse(kept.checkedAt) && time < Date.parse(kept.validUntil);
}

/** The calendar day at `now` in a zone `offsetMinutes` from UTC. */
export function dayAtOffset(now: Date, offsetMinutes: number): Day {
  return new Date(now.getTime() + offsetMinutes * MINUTE_MS).toISOString().slice(0, 10);
}

/** Offsets in use run from UTC−12 to UTC+14. */
const isOffset = (value: unknown): value is number => Number.isInteger(value) && Math.abs(value as number) <= 14 * 60;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * Whether `zone` has the shape of an IANA zone name ("America/Argentina/Buenos_Aires", "UTC"), without asking Intl,
 * whose first use loads ICU: for the zones the skill itself checked before it stored them.
 */
export function isZoneName(zone: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(zone);
}

/**
 * A kept zone read from outside; `undefined` unless every field is valid. The zone is checked with `checkZone`:
 * by default against the runtime's zones, which session attributes (sent back by the client) need; the store's own
 * items, whose zones were checked before they were written, pass {@link isZoneName}.
 */
export function toKeptTimeZone(value: unknown, checkZone: (zone: string) => boolean = isTimeZone): KeptTimeZone | undefined {
  if (!isRecord(value)) return undefined;
  const { zone, device, checkedAt, offsetMinutes, validUntil } = value;
  return typeof zone === 'string' && checkZone(zone) && typeof device === 'string' && isInstant(checkedAt) && isOffset(offsetMinutes) && isInstant(validUntil)
    ? { zone, device, checkedAt, offsetMinutes, validUntil }
    : undefined;
}
