import type { HandlerInput } from 'ask-sdk-core';
import { describeAlexaApiError } from '../alexa-api/errors';
import { isTimeZone } from '../coach/calendar';
import type { Logger } from '../log';

/**
 * The device's time zone from the Alexa Settings API, through ask-sdk-core's UPS service client (and so the skill's
 * own `ApiClient`, with its timeout); `undefined` when it cannot be had, and the day falls back as `userDay` says.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
export async function askDeviceTimeZone(input: HandlerInput, deviceId: string, log: Logger): Promise<string | undefined> {
  if (!input.serviceClientFactory) return undefined;
  try {
    const zone: unknown = await input.serviceClientFactory.getUpsServiceClient().getSystemTimeZone(deviceId);
    return typeof zone === 'string' && isTimeZone(zone) ? zone : undefined;
  } catch (error) {
    log.warn('device time zone unavailable', describeAlexaApiError(error));
    return undefined;
  }
}
