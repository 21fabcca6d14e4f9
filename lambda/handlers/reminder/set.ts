import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { spokenTime, toClockTime } from '../../coach/reminder';
import { REMINDER } from '../../content/reminders';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { slotValue } from '../request';
import { keepListening, endWith } from '../respond';
import { reply } from '../follow-up';

/** A reminder asked for mid-routine: its consent question would take the yes and no the routine listens for. */
export const setReminderAfterRoutine = (input: HandlerInput): Response => reply(input, say(REMINDER.afterRoutine));

/**
 * "Remind me to do my stretches every morning at seven", "move my reminder to half past six": asks the user to
 * agree to a reminder at that time, every day, before anything is set. Without an exact time, asks for one.
 */
export async function askToSetReminder(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const time = toClockTime(slotValue(input, 'time'));
  if (!time) {
    return turn.oneShot ? endWith(input, say(REMINDER.askTime)) : keepListening(input, say(REMINDER.askTime), say(REMINDER.askTimeReprompt));
  }
  const existing = (await turn.progress.get())?.reminder;
  if (existing?.time === time) return reply(input, say(REMINDER.sameTime(spokenTime(time))));
  turn.state.offer = { kind: 'reminder', time };
  const question = existing ? REMINDER.askMove(spokenTime(existing.time), spokenTime(time)) : REMINDER.askConsent(spokenTime(time));
  return keepListening(input, say(question), say(REMINDER.consentReprompt(spokenTime(time))));
}
