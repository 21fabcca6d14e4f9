import { asString, isCount, isRecord } from '../json';
import { isStretchName } from '../content/routines';
import { isDay } from './calendar';
import { toDailyReminder, type DailyReminder } from './reminder';
import { toKeptTimeZone, type KeptTimeZone } from './time-zone';
import { parseReceipt, type Receipt } from './receipts';

/**
 * A user's progress as the skill sees it: activity and preferences only, never anything about their health.
 * The storage layer maps this to and from the DynamoDB item; everything else in the skill works on this shape.
 */

/** Calendar day in the user's time zone, `YYYY-MM-DD`. */
export type Day = string;

export const PACES = ['normal', 'slow'] as const;
export type Pace = (typeof PACES)[number];

/** The hold length a user may choose, in seconds. */
export const HOLD_SECONDS_RANGE = { min: 10, max: 60 } as const;

export interface Preferences {
  /** Seconds to hold each stretch, within {@link HOLD_SECONDS_RANGE}; unset means each step's own hold. */
  holdSeconds?: number;
  pace?: Pace;
  /** Stretches the user asked to leave out of their routines, by name; never why. */
  leftOut?: string[];
}

export interface Streak {
  /** Days in a row, ending on `lastActiveDay`, with a stretch session or a walk. */
  current: number;
  best: number;
  lastActiveDay?: Day;
}

export interface UnfinishedRoutine {
  routineId: string;
  /** Index of the step the user was on. */
  step: number;
}

/** A walk as logged: its length, the day it was on, and the request that logged it. */
export interface LoggedWalk {
  minutes: number;
  day: Day;
  /** `receiptKey` of the request that logged it: short whatever the request id, the same for a retry. */
  id: string;
  /**
   * The streak before the walk and the item's version right after it: while nothing else was written since, taking
   * the walk back puts the streak back as it was.
   */
  undo?: { streak: Streak; version: number };
}

export interface Progress {
  /** ISO timestamps. */
  firstVisit?: string;
  lastVisit?: string;
  /** Completed stretch sessions, per routine id. */
  sessionsCompleted: Record<string, number>;
  /** Completed stretch sessions per recent day (the store keeps about two weeks). */
  sessionsByDay: Record<Day, number>;
  walksLogged: number;
  walkMinutes: number;
  /** The walk logged last, while it can still be taken back. */
  lastWalk?: LoggedWalk;
  streak: Streak;
  unfinished?: UnfinishedRoutine;
  preferences: Preferences;
  /** Ids of tips heard in the current round; a new round starts once every tip was heard. */
  tipsHeard: string[];
  lastTipDay?: Day;
  /** The tip heard last, on `lastTipDay`: "what was today's tip" repeats it. */
  lastTipId?: string;
  /** The device time zone the user's days are counted in, when Alexa gave one. */
  timeZone?: KeptTimeZone;
  /** The daily stretch reminder the skill set for the user, if any. */
  reminder?: DailyReminder;
  /**
   * How many changes the stored item has had. A change decided from this progress is written only while the item
   * is still at this version, so nothing is ever written from a stale copy.
   */
  version: number;
  /** The requests applied lately, by `receiptKey(requestId)`, with what their answers were built from. */
  receipts: Record<string, Receipt>;
}

/**
 * What one turn changes. The store applies a whole change in one atomic write; counters are increments,
 * so two devices of one user writing at once never lose an update.
 */
export interface ProgressChange {
  /** ISO timestamp of this visit: sets `lastVisit`, and `firstVisit` when there is none yet. */
  visitAt?: string;
  /** One more completed session of this routine, counted on `day`. */
  completedRoutine?: { routineId: string; day: Day };
  /** One more walk; it becomes the last walk. */
  walk?: LoggedWalk;
  /** Takes back this walk, only while it is still the last one logged (a retry finds it gone and does nothing). */
  undoWalk?: LoggedWalk;
  /** The streak after this turn's activity (computed by `coach/streak`). */
  streak?: Streak;
  /** Where the user is in a routine; `null` clears it (routine finished). */
  unfinished?: UnfinishedRoutine | null;
  preferences?: Preferences;
  /** A tip was heard today. `newRound` starts the heard list afresh with this tip. */
  tipHeard?: { tipId: string; day: Day; newRound: boolean };
  /** Days to drop from `sessionsByDay` because they are too old to matter. */
  forgetDays?: Day[];
  /** The device time zone as Alexa just gave it, replacing the kept one. */
  timeZone?: KeptTimeZone;
  /** The reminder just set or moved; `null` once it is cancelled. */
  reminder?: DailyReminder | null;
}

export function emptyProgress(): Progress {
  return {
    sessionsCompleted: {},
    sessionsByDay: {},
    walksLogged: 0,
    walkMinutes: 0,
    streak: { current: 0, best: 0 },
    preferences: {},
    tipsHeard: [],
    version: 0,
    receipts: {},
  };
}

/**
 * Whether the user has been here before: any visit that stored something counts, a one-shot as much as a launch.
 * Items stored before every write recorded the visit are recognised by what they hold.
 */
export function hasVisited(progress: Progress): boolean {
  return (
    progress.firstVisit !== undefined ||
    progress.version > 0 ||
    progress.walksLogged > 0 ||
    Object.keys(progress.sessionsCompleted).length > 0 ||
    progress.tipsHeard.length > 0 ||
    progress.unfinished !== undefined
  );
}

/**
 * The progress after `change`, computed locally. It mirrors what the store does in its update expression, so the
 * session cache stays right without a second read.
 */
export function applyChange(progress: Progress, change: ProgressChange): Progress {
  const next: Progress = {
    ...progress,
    sessionsCompleted: { ...progress.sessionsCompleted },
    sessionsByDay: { ...progress.sessionsByDay },
    streak: { ...progress.streak },
    preferences: { ...progress.preferences },
    tipsHeard: [...progress.tipsHeard],
    receipts: { ...progress.receipts },
  };
  if (change.visitAt) {
    next.firstVisit ??= change.visitAt;
    next.lastVisit = change.visitAt;
  }
  for (const day of change.forgetDays ?? []) delete next.sessionsByDay[day];
  if (change.completedRoutine) {
    const { routineId, day } = change.completedRoutine;
    // Own keys only: a routine id like "valueOf" must not count from Object.prototype's function.
    next.sessionsCompleted[routineId] = (Object.hasOwn(next.sessionsCompleted, routineId) ? next.sessionsCompleted[routineId]! : 0) + 1;
    next.sessionsByDay[day] = (Object.hasOwn(next.sessionsByDay, day) ? next.sessionsByDay[day]! : 0) + 1;
  }
  if (change.walk) {
    next.walksLogged += 1;
    next.walkMinutes += change.walk.minutes;
    next.lastWalk = { ...change.walk };
  }
  const { undoWalk } = change;
  if (undoWalk && undoWalk.id === next.lastWalk?.id && undoWalk.minutes === next.lastWalk.minutes) {
    next.walksLogged -= 1;
    next.walkMinutes -= undoWalk.minutes;
    delete next.lastWalk;
  }
  if (change.streak) next.streak = { ...change.streak };
  if (change.unfinished === null) delete next.unfinished;
  else if (change.unfinished) next.unfinished = { ...change.unfinished };
  if (change.preferences) next.preferences = { ...next.preferences, ...change.preferences };
  if (change.tipHeard) {
    const { tipId, day, newRound } = change.tipHeard;
    next.tipsHeard = newRound ? [tipId] : [...new Set([...next.tipsHeard, tipId])];
    next.lastTipDay = day;
    next.lastTipId = tipId;
  }
  if (change.timeZone) next.timeZone = { ...change.timeZone };
  if (change.reminder === null) delete next.reminder;
  else if (change.reminder) next.reminder = { ...change.reminder };
  return next;
}

export function isPace(value: unknown): value is Pace {
  return (PACES as readonly unknown[]).includes(value);
}

export function isHoldSeconds(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= HOLD_SECONDS_RANGE.min && (value as number) <= HOLD_SECONDS_RANGE.max;
}

/** Preferences from outside the skill: each kept only when valid. */
export function toPreferences(value: unknown): Preferences {
  const { holdSeconds, pace, leftOut } = isRecord(value) ? value : {};
  const stretches = Array.isArray(leftOut) ? [...new Set(leftOut.filter(isStretchName))] : [];
  return {
    ...(isHoldSeconds(holdSeconds) && { holdSeconds }),
    ...(isPace(pace) && { pace }),
    ...(stretches.length > 0 && { leftOut: stretches }),
  };
}

const counts = (value: unknown, isKey: (key: string) => boolean = () => true): Record<string, number> =>
  isRecord(value)
    ? (Object.fromEntries(Object.entries(value).filter(([key, n]) => isKey(key) && isCount(n))) as Record<string, number>)
    : {};
/** Walk ids are receipt keys, short hashes of request ids; anything longer was not written by the skill. */
const MAX_WALK_ID_LENGTH = 64;

/** A logged walk from outside the skill (session attributes, a stored item), or `undefined` when it isn't one. */
export function toLoggedWalk(value: unknown): LoggedWalk | undefined {
  const { minutes, day, id, undo } = isRecord(value) ? value : {};
  if (!isCount(minutes) || !isDay(day) || typeof id !== 'string' || id.length > MAX_WALK_ID_LENGTH) return undefined;
  const { streak, version } = isRecord(undo) ? undo : {};
  const { current, best, lastActiveDay } = isRecord(streak) ? streak : {};
  if (!isCount(version) || !isCount(current) || !isCount(best)) return { minutes, day, id };
  return { minutes, day, id, undo: { streak: { current, best, ...(isDay(lastActiveDay) && { lastActiveDay }) }, version } };
}
const optionalDay = (value: unknown): Day | undefined => (isDay(value) ? value : undefined);

/**
 * Progress read back from session attributes, where a client could have changed it: any field of the wrong
 * type falls back to its default, so a tampered cache can never break a turn. `undefined` when it is not an
 * object at all.
 */
export function parseProgress(value: unknown): Progress | undefined {
  if (!isRecord(value)) return undefined;
  const streak = isRecord(value.streak) ? value.streak : {};
  const unfinished = isRecord(value.unfinished) ? value.unfinished : undefined;
  return {
    lastWalk: toLoggedWalk(value.lastWalk),
    firstVisit: asString(value.firstVisit),
    lastVisit: asString(value.lastVisit),
    sessionsCompleted: counts(value.sessionsCompleted),
    sessionsByDay: counts(value.sessionsByDay, isDay),
    walksLogged: isCount(value.walksLogged) ? value.walksLogged : 0,
    walkMinutes: isCount(value.walkMinutes) ? value.walkMinutes : 0,
    streak: {
      current: isCount(streak.current) ? streak.current : 0,
      best: isCount(streak.best) ? streak.best : 0,
      lastActiveDay: optionalDay(streak.lastActiveDay),
    },
    unfinished:
      unfinished && typeof unfinished.routineId === 'string' && isCount(unfinished.step)
        ? { routineId: unfinished.routineId, step: unfinished.step }
        : undefined,
    preferences: toPreferences(value.preferences),
    tipsHeard: Array.isArray(value.tipsHeard) ? value.tipsHeard.filter((id): id is string => typeof id === 'string') : [],
    lastTipDay: optionalDay(value.lastTipDay),
    lastTipId: asString(value.lastTipId),
    timeZone: toKeptTimeZone(value.timeZone),
    reminder: toDailyReminder(value.reminder),
    version: isCount(value.version) ? value.version : 0,
    receipts: parseReceipts(value.receipts),
  };
}

/** Receipts by key, from storage or session attributes: anything that is not one is left out. */
export function parseReceipts(value: unknown): Record<string, Receipt> {
  if (!isRecord(value)) return {};
  const entries = Object.entries(value).map(([requestId, raw]) => [requestId, parseReceipt(raw)] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, Receipt] => entry[1] !== undefined));
}
