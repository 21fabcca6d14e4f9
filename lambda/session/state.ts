import { isTimeZone } from '../coach/calendar';
import { parseProgress, toPreferences, type Preferences, type Progress } from '../coach/progress';
import { toClockTime, type ClockTime } from '../coach/reminder';
import { includedFrom, toRoutinePosition, type RoutinePosition } from '../coach/routine-cursor';
import { toKeptTimeZone, type KeptTimeZone } from '../coach/time-zone';
import { TOPICS, type Offer, type Topic } from '../content/answers';
import { isRoutineId, type RoutineId } from '../content/routines';
import { isCount, isRecord, type JsonObject } from '../json';
import { isDay } from '../coach/calendar';
import { MAX_WALK_MINUTES, parseDistance, type PendingWalk } from '../coach/walks';

/**
 * A question the skill just asked, for the next turn to answer: a yes/no offer (what a yes does), the choice
 * after a stretch hurt (skip it, go gentler, or stop), or whether to leave the stretch skipped for pain out of
 * future routines.
 */
export type PendingOffer =
  | Offer
  | { readonly kind: 'resume' | 'painChoice' | 'leaveOut'; readonly position: RoutinePosition }
  /** "Floor or chair?", or "which routine would you like?". */
  | { readonly kind: 'routineChoice' }
  /** A reminder every day at `time`: the user's yes is their consent to it. */
  | { readonly kind: 'reminder'; readonly time: ClockTime }
  /** "Shall I log it?" about a walk long enough to be a mishearing. */
  | { readonly kind: 'walk'; readonly walk: PendingWalk };

/**
 * What the skill remembers between turns of one session, kept in Alexa session attributes. Session attributes
 * come back from the client, so they are validated on every turn: anything stale or tampered with is dropped and
 * the conversation carries on from a clean state.
 */
export interface SessionState {
  /** The routine step the user is on, when a stretch is under way. */
  stretch?: RoutinePosition;
  /** The routine finished in this session, so "start over" can run it again. */
  finishedRoutine?: RoutineId;
  /** Names of stretches already explained in full this session. */
  explained: string[];
  /** Whether the user opened this session ("open back care coach"), rather than asking one thing. */
  launched?: boolean;
  /** Whether the user asked for shorter holds in this session, after a stretch hurt or at any time. */
  gentle?: boolean;
  /** Whether the user was told they can say "Alexa, next" or "Alexa, pause" at any time. */
  toldControls: boolean;
  /** The yes/no question asked this turn, for the next one to answer (see `Turn.offer`). */
  offer?: PendingOffer;
  /** The last question answered, for "repeat". */
  lastTopic?: Topic;
  /** Preferences set in this session; stored ones are in `progress`. */
  preferences: Preferences;
  /** The user's stored progress, read at most once a session. */
  progress?: Progress;
  /** The time zone this session's days are counted in. */
  timeZone?: string;
  /**
   * The stored place in a routine this session may replace with its own: the one stored when the session read its
   * progress, then each place it saved; `null` for none. A place another device saved since is left alone.
   */
  placeSeen?: RoutinePosition | null;
  /** The device's zone as Alexa gave it this session, until the turn's write keeps it with the progress. */
  newTimeZone?: KeptTimeZone;
}

function toOffer(value: unknown): PendingOffer | undefined {
  if (!isRecord(value)) return undefined;
  const offer = value;
  switch (offer.kind) {
    case 'routine':
      return isRoutineId(offer.routineId) ? { kind: 'routine', routineId: offer.routineId } : undefined;
    case 'answer':
      return isTopic(offer.topic) ? { kind: 'answer', topic: offer.topic } : undefined;
    case 'tip':
    case 'routineChoice':
      return { kind: offer.kind };
    case 'walk': {
      const walk = toPendingWalk(offer.walk);
      return walk && { kind: 'walk', walk };
    }
    case 'resume':
    case 'painChoice':
    case 'leaveOut': {
      const position = toRoutinePosition(offer.position);
      return position && { kind: offer.kind, position };
    }
    case 'reminder': {
      const time = toClockTime(offer.time);
      return time === undefined ? undefined : { kind: 'reminder', time };
    }
    default:
      return undefined;
  }
}

function toPendingWalk(value: unknown): PendingWalk | undefined {
  const { minutes, day, distance } = isRecord(value) ? value : {};
  if (!isCount(minutes) || minutes > MAX_WALK_MINUTES || !isDay(day)) return undefined;
  const { amount, unit } = isRecord(distance) ? distance : {};
  const checked = typeof amount === 'number' && typeof unit === 'string' ? parseDistance(`${amount} ${unit}`) : undefined;
  return checked ? { minutes, day, distance: checked } : { minutes, day };
}

function isTopic(value: unknown): value is Topic {
  return (TOPICS as readonly unknown[]).includes(value);
}

/**
 * The most this skill ever keeps in session attributes, in characters of JSON: its own state with a session's
 * progress cached is about 2,000. Alexa hands attributes back unchanged, so anything larger was not written by the
 * skill. It is dropped whole, because what survives validation goes back in the response, and a response over
 * Alexa's 24 KB limit is never heard.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html#response-format
 */
export const MAX_SESSION_ATTRIBUTES_CHARACTERS = 8000;

const isReadable = (attributes: unknown): attributes is JsonObject =>
  isRecord(attributes) && JSON.stringify(attributes).length <= MAX_SESSION_ATTRIBUTES_CHARACTERS;

/** Reads and validates the session attributes of a request. */
export function readSessionState(attributes: unknown): SessionState {
  const raw = isReadable(attributes) ? attributes : {};
  return {
    stretch: toRoutinePosition(raw.stretch),
    finishedRoutine: isRoutineId(raw.finishedRoutine) ? raw.finishedRoutine : undefined,
    explained: Array.isArray(raw.explained)
      ? raw.explained.filter((name): name is string => typeof name === 'string').slice(0, 50)
      : [],
    toldControls: raw.toldControls === true,
    gentle: raw.gentle === true || undefined,
    launched: raw.launched === true || undefined,
    offer: toOffer(raw.offer),
    lastTopic: isTopic(raw.lastTopic) ? raw.lastTopic : undefined,
    preferences: toPreferences(raw.preferences),
    progress: parseProgress(raw.progress),
    timeZone: typeof raw.timeZone === 'string' && isTimeZone(raw.timeZone) ? raw.timeZone : undefined,
    placeSeen: raw.placeSeen === null ? null : toRoutinePosition(raw.placeSeen),
    newTimeZone: toKeptTimeZone(raw.newTimeZone),
  };
}

/** The session attributes to send back: only what is set. */
export function toSessionAttributes(state: SessionState): Record<string, unknown> {
  return JSON.parse(JSON.stringify(state)) as Record<string, unknown>;
}

/** The preferences in force: this session's choices over the stored ones. */
export function preferencesOf(state: SessionState): Preferences {
  return { ...state.progress?.preferences, ...state.preferences };
}

/**
 * The stretch a routine under way stands at between narrations, for the screen and "tell me more": the current one,
 * or, once the user has left it out, the next one they keep (the one the skill announced); `undefined` outside a
 * routine or when none is left.
 */
export function standingStretch(state: SessionState): RoutinePosition | undefined {
  return includedFrom(state.stretch, preferencesOf(state).leftOut);
}
