import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { spokenTime } from '../../coach/reminder';
import { REMINDER } from '../../content/reminders';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { reply } from '../follow-up';

/** "When is my reminder": the time of the user's daily reminder, as kept with their progress. */
export async function tellReminder(input: HandlerInput): Promise<Response> {
  const reminder = (await turnOf(input).progress.get())?.reminder;
  return reply(input, say(reminder ? REMINDER.when(spokenTime(reminder.time)) : REMINDER.none));
}
