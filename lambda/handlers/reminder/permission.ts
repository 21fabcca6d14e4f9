import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { REMINDERS_PERMISSION } from '../../alexa-api/reminders';
import { REMINDER } from '../../content/reminders';
import { asString, field } from '../../json';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { reply } from '../follow-up';
import { cancelReminder } from './cancel';
import { purposeOfPermissionRequest, setReminder } from './schedule';

/**
 * Alexa's answer to the skill's request for the reminders permission (`Connections.Response` to `AskFor`):
 * accepted, it sets the reminder the user agreed to, or cancels it; denied or unanswered, it changes nothing and
 * says so. When Alexa could not ask by voice on this device, it sends the permission card to the Alexa app and says
 * so.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html
 */
export function permissionAnswered(input: HandlerInput): Promise<Response> | Response {
  const request = input.requestEnvelope.request;
  if (asString(field(request, 'name')) !== 'AskFor') return input.responseBuilder.getResponse();
  if (asString(field(request, 'status', 'code')) !== '200') {
    turnOf(input).log.info('voice permission not possible; sent the permission card');
    input.responseBuilder.withAskForPermissionsConsentCard([REMINDERS_PERMISSION]);
    return reply(input, say(REMINDER.permissionCard));
  }
  const purpose = purposeOfPermissionRequest(field(request, 'token'));
  const status = asString(field(request, 'payload', 'status'));
  if (purpose === 'cancel') {
    if (status === 'ACCEPTED') return cancelReminder(input);
    return reply(input, say(status === 'DENIED' ? REMINDER.cancelPermissionDenied : REMINDER.notChanged));
  }
  if (status === 'ACCEPTED' && purpose) return setReminder(input, purpose);
  return reply(input, say(status === 'DENIED' ? REMINDER.permissionDenied : REMINDER.declined));
}
