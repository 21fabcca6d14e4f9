import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { deleteReminder } from '../../alexa-api/reminders';
import { REMINDER } from '../../content/reminders';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { reply } from '../follow-up';
import { askForPermission } from './schedule';

/**
 * "Don't remind me anymore", "cancel my reminder": deletes the user's reminder and forgets its token. When the
 * permission was taken back, asks for it again (the answer comes back to `permission.ts`) and claims nothing; when
 * Alexa fails, the reminder is kept as it is and the user is told it wasn't changed.
 */
export async function cancelReminder(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const reminder = (await turn.progress.get())?.reminder;
  if (!reminder) return reply(input, say(REMINDER.noneToCancel));
  const result = await deleteReminder(input, reminder.alertToken, turn.log);
  if (!result.ok) return result.failure === 'permission' ? askForPermission(input, 'cancel') : reply(input, say(REMINDER.failed));
  await turn.progress.save({ reminder: null });
  return reply(input, say(REMINDER.cancelled));
}
