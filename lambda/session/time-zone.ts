import { isTimeZone } from '../coach/calendar';

/** Where and how to ask Alexa for a device's settings. */
export interface DeviceSettingsAccess {
  apiEndpoint: string;
  apiAccessToken: string;
  deviceId: string;
}

/** Alexa answers in well under a second; past this the skill goes on with UTC rather than keep the user waiting. */
const LOOKUP_TIMEOUT_MS = 1000;

/**
 * The device's time zone from the Alexa Settings API, or `undefined` when it cannot be had in time.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 */
export async function fetchDeviceTimeZone(access: DeviceSettingsAccess): Promise<string | undefined> {
  const url = `${access.apiEndpoint}/v2/devices/${encodeURIComponent(access.deviceId)}/settings/System.timeZone`;
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${access.apiAccessToken}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS),
    });
    if (!response.ok) return undefined;
    const zone: unknown = await response.json();
    return typeof zone === 'string' && isTimeZone(zone) ? zone : undefined;
  } catch {
    return undefined;
  }
}
