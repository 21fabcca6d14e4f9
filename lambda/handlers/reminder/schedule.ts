import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { deleteReminder, hasRemindersPermission, putReminder, REMINDERS_PERMISSION } from '../../alexa-api/reminders';
import { dailyReminderRequest, spokenTime, toClockTime, type ClockTime } from '../../coach/reminder';
import { REMINDER } from '../../content/reminders';
import { asString, field } from '../../json';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { reply } from '../follow-up';

/**
 * What a permission request was for, carried in its token so that the answer can do it without the session:
 * setting the reminder at the time the user agreed to, or cancelling it.
 */
export type PermissionPurpose = ClockTime | 'cancel';

const TOKEN_PREFIX = 'daily-reminder@';
const CANCEL_TOKEN = 'cancel-daily-reminder';

/** What a permission request was made for, from the token it comes back with. */
export function purposeOfPermissionRequest(token: unknown): PermissionPurpose | undefined {
  const text = asString(token);
  if (text === CANCEL_TOKEN) return 'cancel';
  return text?.startsWith(TOKEN_PREFIX) ? toClockTime(text.slice(TOKEN_PREFIX.length)) : undefined;
}

/**
 * Asks the user, by voice, to let the skill create reminders; Alexa asks in its own words and answers with a
 * `Connections.Response` (see `permission.ts`).
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html
 */
export function askForPermission(input: HandlerInput, purpose: PermissionPurpose): Response {
  return input.responseBuilder
    .addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_PERMISSION },
      token: purpose === 'cancel' ? CANCEL_TOKEN : TOKEN_PREFIX + purpose,
    })
    .getResponse();
}

/**
 * "Yes" to a reminder every day at `time`: sets it when the user has given the permission, else asks for the
 * permission first.
 */
export function scheduleReminder(input: HandlerInput, time: ClockTime): Promise<Response> | Response {
  return hasRemindersPermission(input) ? setReminder(input, time) : askForPermission(input, time);
}

/**
 * Creates the user's daily reminder, or moves the one they have, in the device's time zone, and keeps its token
 * with their progress. A refused token (permission since taken back) asks for the permission again and claims
 * nothing; any other failure gets a short apology, and so does a new reminder whose token could not be kept, which
 * is deleted again.
 */
export async function setReminder(input: HandlerInput, time: ClockTime): Promise<Response> {
  const turn = turnOf(input);
  const existing = (await turn.progress.get())?.reminder;
  const timeZone = await turn.timeZone();
  const request = dailyReminderRequest({
    time,
    // UTC is the skill's fallback, not the device's setting: without a zone, Alexa uses the device's own.
    timeZone: timeZone === 'UTC' ? undefined : timeZone,
    now: turn.now,
    locale: asString(field(input.requestEnvelope, 'request', 'locale')) ?? 'en-US',
    text: REMINDER.alertText,
  });
  const result = await putReminder(input, existing?.alertToken, request, turn.log);
  if (!result.ok) return result.failure === 'permission' ? askForPermission(input, time) : reply(input, say(REMINDER.failed));
  const created = result.value !== existing?.alertToken;
  if (!(await turn.progress.save({ reminder: { alertToken: result.value, time } })) && created) {
    // A reminder whose token is not kept could never be moved or cancelled, and asking again would add a second.
    await deleteReminder(input, result.value, turn.log);
    return reply(input, say(REMINDER.failed));
  }
  return reply(input, say(existing ? REMINDER.moved(spokenTime(time)) : REMINDER.set(spokenTime(time))));
}
