import type { services } from 'ask-sdk-model';
import { addDays, dayIn, zoneFormat } from './calendar';

/**
 * The daily stretch reminder: its time of day and the Reminders API request that sets it. Pure: the caller gives
 * the clock and the zone.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-api-reference.html
 */

/** A time of day on the 24-hour clock, `HH:MM`, as `AMAZON.TIME` gives an exact time. */
export type ClockTime = string;

/** The user's one reminder, as kept with their progress. */
export interface DailyReminder {
  /** The Reminders API's id for it, to move or delete it. */
  alertToken: string;
  time: ClockTime;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * An exact time of day from an `AMAZON.TIME` slot value; `undefined` for anything else, including the vague
 * times Alexa may give ("MO" for morning, "EV" for evening), which need the user to be precise.
 */
export function toClockTime(value: unknown): ClockTime | undefined {
  return typeof value === 'string' && CLOCK_TIME.test(value) ? value : undefined;
}

/** A reminder read from outside (the stored item, session attributes); `undefined` unless every field is valid. */
export function toDailyReminder(value: unknown): DailyReminder | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { alertToken, time } = value as Record<string, unknown>;
  return typeof alertToken === 'string' && alertToken !== '' && toClockTime(time) ? { alertToken, time: time as ClockTime } : undefined;
}

/** "7 AM", "6:30 PM", "noon", "midnight": a time as Alexa should say it. */
export function spokenTime(time: ClockTime): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** Finished routines after which a user without a reminder is offered one: the first, and once more, the third. */
const OFFER_AFTER_SESSIONS = new Set([1, 3]);

/** Whether to offer a daily reminder after a routine, given the sessions finished so far and any reminder set. */
export function offersReminder(sessionsFinished: number, reminder: DailyReminder | undefined): boolean {
  return reminder === undefined && OFFER_AFTER_SESSIONS.has(sessionsFinished);
}

/** The time of day of `now` in `timeZone`, to the nearest five minutes: "this time" as a person would mean it. */
export function timeOfDayIn(now: Date, timeZone: string): ClockTime {
  const rounded = new Date(Math.round(now.getTime() / 300_000) * 300_000);
  if (timeZone === 'UTC') return rounded.toISOString().slice(11, 16);
  return zoneFormat('en-GB', timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(rounded);
}

export interface ReminderSchedule {
  time: ClockTime;
  /** The device's zone; without one Alexa uses the device's own setting. */
  timeZone?: string;
  now: Date;
  /** The request's locale, for the spoken text. */
  locale: string;
  text: string;
}

/** Local date-time as the Reminders API takes it: no offset, the zone is given beside it. */
const localDateTime = (day: string, time: ClockTime) => `${day}T${time}:00.000`;

/**
 * The Reminders API request for a reminder every day at `time`: `SCHEDULED_ABSOLUTE` with a daily recurrence rule,
 * starting today if that time is still to come in the user's zone, else tomorrow.
 */
export function dailyReminderRequest({ time, timeZone, now, locale, text }: ReminderSchedule): services.reminderManagement.ReminderRequest {
  const zone = timeZone ?? 'UTC';
  const today = dayIn(now, zone);
  const start = timeOfDayIn(now, zone) < time ? today : addDays(today, 1);
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return {
    requestTime: now.toISOString().slice(0, 23),
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      ...(timeZone && { timeZoneId: timeZone }),
      recurrence: {
        startDateTime: localDateTime(start, time),
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${hours};BYMINUTE=${minutes};BYSECOND=0;INTERVAL=1`],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale, text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}
