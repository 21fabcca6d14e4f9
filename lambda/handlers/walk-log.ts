import type { HandlerInput } from 'ask-sdk-core';
import type { Response, Slot } from 'ask-sdk-model';
import { receiptKey } from '../coach/receipts';
import { streakAfterActivity } from '../coach/streak';
import {
  bareMinutes,
  CONFIRM_WALK_MINUTES,
  isWalkDayId,
  MAX_WALK_MINUTES,
  minutesAtEasyPace,
  parseDistance,
  walkDay,
  walkDayId,
  walkMinutes,
  type PendingWalk,
  type WalkDayId,
} from '../coach/walks';
import { WALK } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { reply } from './follow-up';
import { requestId, resolvedSlotId, slotValue } from './request';
import { keepListening } from './respond';

/**
 * "I walked for twenty minutes", "I walked three miles yesterday": logs the walk on its day, counts it toward the
 * streak, and says the running total. A walk over four hours is logged only after a yes.
 */
export async function logWalk(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  // The day as Alexa resolved it, or as the skill itself kept it while asking how long the walk was.
  const when = resolvedSlotId(input, 'when') ?? slotValue(input, 'when');
  if (when !== undefined && !isWalkDayId(when)) {
    return keepListening(input, say(WALK.onlyRecentDays), say(WALK.askDurationReprompt));
  }
  const length = walkLength(input);
  if (!length || length.minutes < 1) return askHowLong(input, WALK.askDuration, when);
  if (length.minutes > MAX_WALK_MINUTES) return askHowLong(input, WALK.tooLong, when);

  const walk: PendingWalk = { ...length, day: walkDay(await turn.today(), when) };
  if (walk.minutes > CONFIRM_WALK_MINUTES) {
    turn.state.offer = { kind: 'walk', walk };
    return keepListening(input, say(WALK.confirmLong(walk.minutes)), say(WALK.confirmLongReprompt(walk.minutes)));
  }
  return recordWalk(input, walk);
}

/**
 * Logs `walk` in one write (it becomes the walk "undo that" takes back) and says the running total as the write
 * returned it (or, for a request Alexa sends again, as the first attempt said it).
 */
export async function recordWalk(input: HandlerInput, walk: PendingWalk): Promise<Response> {
  const turn = turnOf(input);
  const { minutes, day, distance } = walk;
  const today = await turn.today();
  const logged = await turn.progress.update((before) => ({
    change: {
      walk: { minutes, day, id: receiptKey(requestId(input) ?? 'unknown'), undo: { streak: before.streak, version: before.version + 1 } },
      streak: streakAfterActivity(before.streak, day),
    },
    answer: (after) => ({ walksLogged: after.walksLogged, walkMinutes: after.walkMinutes }),
  }));
  const total = logged?.saved && logged.answer.walkMinutes;
  return reply(input, say(total ? WALK.logged({ minutes, distance, when: walkDayId(today, day) }, total) : WALK.notSaved(minutes)));
}

/**
 * The walk's length from whichever slot was filled: a duration, a distance, or a bare number of minutes (the answer
 * to "how long did you walk?"), in that order, so "two miles" is never two minutes.
 */
function walkLength(input: HandlerInput): Pick<PendingWalk, 'minutes' | 'distance'> | undefined {
  const duration = slotValue(input, 'duration');
  const fromDuration = duration === undefined ? undefined : walkMinutes(duration);
  if (fromDuration !== undefined) return { minutes: fromDuration };
  const distance = parseDistance(resolvedSlotId(input, 'distance') ?? slotValue(input, 'distance') ?? '');
  if (distance) return { minutes: minutesAtEasyPace(distance), distance };
  const number = slotValue(input, 'minutes');
  const fromNumber = number === undefined ? undefined : bareMinutes(number);
  return fromNumber === undefined ? undefined : { minutes: fromNumber };
}

/** "No" to "shall I log it?" about a long walk: nothing is logged, and the skill asks again how long it was. */
export async function declineLongWalk(input: HandlerInput, walk: PendingWalk): Promise<Response> {
  return askHowLong(input, WALK.notLogged, walkDayId(await turnOf(input).today(), walk.day));
}

/**
 * Asks how long the walk was with `Dialog.ElicitSlot` on the `minutes` slot, so Alexa sends the answer, even a bare
 * number ("fifteen", "around twenty"), back to this intent. The day already given is kept as its WALK_DAY id, never
 * in the user's words.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/dialog-interface-reference.html#elicitslot
 */
function askHowLong(input: HandlerInput, question: string, when: WalkDayId | undefined): Response {
  const slots: Record<string, Slot> = when ? { when: { name: 'when', value: when, confirmationStatus: 'NONE' } } : {};
  return input.responseBuilder
    .speak(say(question))
    .reprompt(say(WALK.askDurationReprompt))
    .addElicitSlotDirective('minutes', { name: 'LogWalkIntent', confirmationStatus: 'NONE', slots })
    .withShouldEndSession(false)
    .getResponse();
}
