import type { HandlerInput } from 'ask-sdk-core';
import { dayIn, isTimeZone } from '../coach/calendar';
import type { Day } from '../coach/progress';
import { dayAtOffset, isCurrent, keptTimeZone, type KeptTimeZone } from '../coach/time-zone';
import type { Logger } from '../log';
import type { UserProgress } from '../storage/user-progress';
import type { PendingOffer, SessionState } from './state';

/** Everything a handler needs about the current turn, set up once by the request interceptor. */
export interface Turn {
  /** Validated session state; changes are sent back as session attributes. */
  readonly state: SessionState;
  readonly progress: UserProgress;
  /** When the user spoke (the request's timestamp). */
  readonly now: Date;
  /** The user's calendar day: their device's time zone when Alexa tells it, else UTC. */
  today(): Promise<Day>;
  /** The time zone `today` counts in: the device's, or `UTC` when it is not known. */
  timeZone(): Promise<string>;
  /**
   * The yes/no question the skill asked last turn, which this turn may answer. It lapses after this turn: a handler
   * that asks a new one sets `state.offer`.
   */
  readonly offer?: PendingOffer;
  /** Whether this request opened the session with an intent ("ask back care coach ..."), without a launch. */
  readonly oneShot: boolean;
  readonly log: Logger;
}

const TURN = 'turn';

export function setTurn(input: HandlerInput, turn: Turn): void {
  input.attributesManager.getRequestAttributes()[TURN] = turn;
}

export function turnOf(input: HandlerInput): Turn {
  return input.attributesManager.getRequestAttributes()[TURN] as Turn;
}

/** Where the user's day comes from; see {@link userDay}. */
export interface DaySources {
  readonly state: SessionState;
  readonly now: Date;
  /** The requesting device, hashed as {@link KeptTimeZone} keeps it; `undefined` when the request names none. */
  readonly device: string | undefined;
  /** The zone kept with the user's progress (loading it, once a session, if need be). */
  kept(): Promise<KeptTimeZone | undefined>;
  /** The device's zone from Alexa's Settings API. */
  lookUp(): Promise<string | undefined>;
}

/**
 * The user's day, its time zone settled once a session: the zone kept with their progress while it is current for
 * this device, so a returning user's launch asks Alexa nothing; else the device's zone from Alexa, which the turn's
 * write then keeps; else the kept zone however old; else UTC.
 *
 * One calendar per user: while the kept zone is current, another device's zone (a phone set to another city) is
 * not kept and does not count the day, so two devices never disagree on what day it is; it replaces the kept zone
 * only once that is out of date.
 *
 * The turn that settles on a kept, current zone counts the day from its kept offset, without Intl (see
 * {@link KeptTimeZone}).
 */
export function userDay({ state, now, device, kept, lookUp }: DaySources): () => Promise<Day> {
  let offsetMinutes: number | undefined;
  return async () => {
    if (!state.timeZone) {
      const stored = await kept();
      if (stored && isCurrent(stored, device, now)) {
        state.timeZone = stored.zone;
      } else {
        const asked = await lookUp().catch(() => undefined);
        const zone = asked && isTimeZone(asked) ? asked : undefined;
        const keeps = zone && device && (!stored || stored.device === device || !isCurrent(stored, undefined, now));
        if (keeps) state.newTimeZone = keptTimeZone(zone, device, now);
        const storedZone = stored && isTimeZone(stored.zone) ? stored.zone : undefined;
        state.timeZone = (keeps ? zone : storedZone) ?? zone ?? 'UTC';
      }
      if (stored && stored.zone === state.timeZone && isCurrent(stored, undefined, now)) offsetMinutes = stored.offsetMinutes;
    }
    return offsetMinutes === undefined ? dayIn(now, state.timeZone) : dayAtOffset(now, offsetMinutes);
  };
}
