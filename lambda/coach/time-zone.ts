import { isRecord } from '../json';
import { isTimeZone } from './calendar';

/**
 * The device's time zone, kept with the user's progress so that a returning user's day is known without asking
 * Alexa's Settings API at every launch.
 */
export interface KeptTimeZone {
  /** An IANA zone, such as `America/Chicago`. */
  zone: string;
  /** The device Alexa gave it for, as the same one-way hash the logs use for user ids. */
  device: string;
  /** ISO timestamp of when Alexa gave it. */
  checkedAt: string;
}

/**
 * How long a kept zone is trusted. Users rarely move their Echo, but they do change its settings; a week bounds
 * how long a changed zone goes unnoticed, at one Settings call a week per device.
 */
export const KEPT_TIME_ZONE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Whether the kept zone still stands for a request from `device` at `now`: asked for the same device, within
 * {@link KEPT_TIME_ZONE_MAX_AGE_MS}. A request that names no device can't be checked against another, so only
 * the age counts.
 */
export function isCurrent(kept: KeptTimeZone, device: string | undefined, now: Date): boolean {
  const age = now.getTime() - Date.parse(kept.checkedAt);
  return (device === undefined || kept.device === device) && age >= 0 && age < KEPT_TIME_ZONE_MAX_AGE_MS;
}

/** A kept zone read from outside (the stored item, session attributes); `undefined` unless every field is valid. */
export function toKeptTimeZone(value: unknown): KeptTimeZone | undefined {
  if (!isRecord(value)) return undefined;
  const { zone, device, checkedAt } = value;
  return typeof zone === 'string' && isTimeZone(zone) && typeof device === 'string' && typeof checkedAt === 'string' && !Number.isNaN(Date.parse(checkedAt))
    ? { zone, device, checkedAt }
    : undefined;
}
