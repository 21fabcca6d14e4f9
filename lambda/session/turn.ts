import type { HandlerInput } from 'ask-sdk-core';
import { dayIn, isTimeZone } from '../coach/calendar';
import type { Day } from '../coach/progress';
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

/** The user's day, looking the time zone up at most once a session; UTC when the lookup gives nothing usable. */
export function userDay(state: SessionState, now: Date, lookUp: () => Promise<string | undefined>): () => Promise<Day> {
  return async () => {
    if (!state.timeZone) {
      const zone = await lookUp().catch(() => undefined);
      state.timeZone = zone && isTimeZone(zone) ? zone : 'UTC';
    }
    return dayIn(now, state.timeZone);
  };
}
