import { addDays } from './calendar';
import type { Day } from './progress';

/** The longest walk the skill logs at once, in minutes: anything longer is more likely a mishearing. */
export const MAX_WALK_MINUTES = 12 * 60;

/** Walks longer than this, in minutes, are logged only once the user confirms them. */
export const CONFIRM_WALK_MINUTES = 4 * 60;

/**
 * Whole minutes in an ISO 8601 duration as Alexa's AMAZON.DURATION slot gives it ("PT20M", "PT1H30M",
 * "PT45S"), rounded to the nearest minute; `undefined` when it is not a duration.
 */
export function walkMinutes(duration: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const [, weeks = '0', days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return Math.round(((Number(weeks) * 7 + Number(days)) * 24 + Number(hours)) * 60 + Number(minutes) + Number(seconds) / 60);
}

/** Minutes from a bare AMAZON.NUMBER answer ("45"); Alexa sends "?" for a number it couldn't hear. */
export function bareMinutes(number: string): number | undefined {
  return /^\d+$/.test(number) ? Number(number) : undefined;
}

export const DISTANCE_UNITS = ['mile', 'kilometre'] as const;
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];

export interface Distance {
  readonly amount: number;
  readonly unit: DistanceUnit;
}

/** Minutes per unit at an easy walking pace, about three miles an hour. */
const EASY_PACE_MINUTES: Readonly<Record<DistanceUnit, number>> = { mile: 20, kilometre: 12.5 };

/** The time a walk of `distance` takes at an easy pace, to the nearest five minutes (at least five). */
export function minutesAtEasyPace({ amount, unit }: Distance): number {
  return Math.max(5, Math.round((amount * EASY_PACE_MINUTES[unit]) / 5) * 5);
}

const UNIT_WORDS: Readonly<Record<string, DistanceUnit>> = {
  mile: 'mile', miles: 'mile', mi: 'mile',
  kilometre: 'kilometre', kilometres: 'kilometre', kilometer: 'kilometre', kilometers: 'kilometre',
  km: 'kilometre', kms: 'kilometre', k: 'kilometre', ks: 'kilometre', kay: 'kilometre',
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, couple: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};

/** Words that soften an amount without changing it: "about three miles", "nearly a 10k". */
const HEDGES = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'maybe', 'like', 'just', 'over', 'under', 'some']);

/** "two", "twenty one", "2.5", "two point five", "two and a half", "a half", "half a"; `undefined` otherwise. */
function amountOf(words: readonly string[]): number | undefined {
  if (words.length === 0) return undefined;
  const half = words.at(-1) === 'half' ? 0.5 : words.at(-1) === 'quarter' ? 0.25 : 0;
  if (half) {
    // "half", "a half", "one and a half", "two and a quarter"
    const before = words.slice(0, words.at(-2) === 'a' || words.at(-2) === 'an' ? -2 : -1);
    if (before.length === 0) return half;
    if (before.at(-1) !== 'and') return undefined;
    const whole = amountOf(before.slice(0, -1));
    return whole === undefined ? undefined : whole + half;
  }
  if (words[0] === 'half' && words.length === 2 && (words[1] === 'a' || words[1] === 'an')) return 0.5;
  const point = words.indexOf('point');
  if (point > 0 && point === words.length - 2) {
    const whole = amountOf(words.slice(0, point));
    const tenth = NUMBER_WORDS[words[point + 1]!] ?? (/^\d$/.test(words[point + 1]!) ? Number(words[point + 1]) : undefined);
    return whole === undefined || tenth === undefined || tenth > 9 ? undefined : whole + tenth / 10;
  }
  if (words.length === 1 && /^\d+(?:\.\d+)?$/.test(words[0]!)) return Number(words[0]);
  if (words.length === 1) return NUMBER_WORDS[words[0]!];
  const [tens, unit] = words.map((word) => NUMBER_WORDS[word]);
  return words.length === 2 && tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10
    ? tens + unit
    : undefined;
}

/**
 * A distance as people say it: "three miles", "a 10k", "a kilometre", "two and a half miles", "a mile and a half",
 * "5 km"; `undefined` when the words are not one.
 */
export function parseDistance(text: string): Distance | undefined {
  let words = text
    .toLowerCase()
    .replace(/(\d)\s*(k|km|kms|mi)\b/g, '$1 $2')
    .split(/[^a-z0-9.]+/)
    .filter(Boolean);
  while (words.length > 0 && HEDGES.has(words[0]!)) words = words.slice(1);
  if (words.at(-1) === 'walk' || words.at(-1) === 'run') words = words.slice(0, -1);
  // "a mile and a half": the unit comes before the fraction.
  const unitAt = words.findIndex((word) => UNIT_WORDS[word] !== undefined);
  if (unitAt < 0) return undefined;
  const unit = UNIT_WORDS[words[unitAt]!]!;
  const after = words.slice(unitAt + 1);
  const fraction = after.length === 0 ? 0 : after.join(' ') === 'and a half' ? 0.5 : undefined;
  // "a couple of miles": the "of" belongs to neither the number nor the unit.
  const before = words.slice(0, words[unitAt - 1] === 'of' ? unitAt - 1 : unitAt);
  // "a 10k", "a five k", "a half mile": the article goes with the walk, not the number.
  const amount = before.length === 0 ? 1 : amountOf(before.length > 1 && (before[0] === 'a' || before[0] === 'an') ? before.slice(1) : before);
  if (amount === undefined || fraction === undefined || amount + fraction <= 0) return undefined;
  return { amount: amount + fraction, unit };
}

/** When a walk was, as the WALK_DAY slot type's value ids name it, in days before today. */
export const WALK_DAYS = { today: 0, yesterday: -1, 'day-before-yesterday': -2 } as const;
export type WalkDayId = keyof typeof WALK_DAYS;

/** The day of a walk said to be `when` (a WALK_DAY id), counted from `today`; today when nothing was said. */
export function walkDay(today: Day, when: WalkDayId | undefined): Day {
  return addDays(today, when === undefined ? 0 : WALK_DAYS[when]);
}

export function isWalkDayId(value: unknown): value is WalkDayId {
  return typeof value === 'string' && Object.hasOwn(WALK_DAYS, value);
}

/** The WALK_DAY id naming `day` as seen from `today`, or `undefined` for a day further back. */
export function walkDayId(today: Day, day: Day): WalkDayId | undefined {
  return (Object.keys(WALK_DAYS) as WalkDayId[]).find((id) => walkDay(today, id) === day);
}

/** A walk the user told of, before it is logged: its length, its day, and the distance it was estimated from. */
export interface PendingWalk {
  readonly minutes: number;
  readonly day: Day;
  readonly distance?: Distance;
}
