import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import type { Logger } from '../log';
import { describeAlexaApiError, isPermissionRefused, statusOf } from './errors';

/** The permission a skill needs to read and write the reminders it creates. */
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/**
 * How a Reminders API call ended, in the terms the conversation needs: done, the permission is missing (never
 * given or since taken back), or anything else (an error, no answer within the API client's timeout).
 */
export type ReminderCall<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: 'permission' | 'failed' };

/** Whether the user has granted the reminders permission, as Alexa says in the request. */
export function hasRemindersPermission(input: HandlerInput): boolean {
  const scopes = (input.requestEnvelope.context?.System?.user as { permissions?: { scopes?: Record<string, { status?: string }> } } | undefined)
    ?.permissions?.scopes;
  return scopes?.[REMINDERS_PERMISSION]?.status === 'GRANTED';
}

/**
 * Sets the user's one reminder through ask-sdk-core's reminders service client: moves the one they have
 * (`existing`), or creates it when they have none or it is gone (deleted in the Alexa app). Gives its alert token.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-api-reference.html
 */
export async function putReminder(
  input: HandlerInput,
  existing: string | undefined,
  request: services.reminderManagement.ReminderRequest,
  log: Logger,
): Promise<ReminderCall<string>> {
  return call(input, log, async (client) => {
    if (existing !== undefined) {
      try {
        await client.updateReminder(existing, request);
        return existing;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    const created = await client.createReminder(request);
    if (!created.alertToken) throw new Error('the Reminders API created a reminder without a token');
    return created.alertToken;
  });
}

/** Deletes the user's reminder; one already gone counts as deleted. */
export async function deleteReminder(input: HandlerInput, alertToken: string, log: Logger): Promise<ReminderCall<void>> {
  return call(input, log, async (client) => {
    try {
      await client.deleteReminder(alertToken);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}

async function call<T>(
  input: HandlerInput,
  log: Logger,
  work: (client: services.reminderManagement.ReminderManagementServiceClient) => Promise<T>,
): Promise<ReminderCall<T>> {
  if (!input.serviceClientFactory) return { ok: false, failure: 'failed' };
  try {
    return { ok: true, value: await work(input.serviceClientFactory.getReminderManagementServiceClient()) };
  } catch (error) {
    const failure = isPermissionRefused(error) ? 'permission' : 'failed';
    log.warn('reminders API call failed', { failure, ...describeAlexaApiError(error) });
    return { ok: false, failure };
  }
}
