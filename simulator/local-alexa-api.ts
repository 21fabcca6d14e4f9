import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Alexa's own APIs on loopback, for `npm start` and the tests: the Settings API's device time zone
 * and the Reminders API. It keeps every request it was sent (method, path, headers, body), so tests can assert
 * exactly what the skill asked for, and it can be made to fail (401, 403, 500) or to never answer.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-settings-api-reference.html
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alerts-reminders-api-reference.html
 */
export interface LocalAlexaApi {
  /** `http://127.0.0.1:<port>`, the `context.System.apiEndpoint` of the simulated device. */
  readonly endpoint: string;
  /** Every request received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  /** The reminders that exist now, by alert token. */
  readonly reminders: ReadonlyMap<string, StoredReminder>;
  /** Sets the time zone the Settings API gives for a device; `undefined` makes it answer 204 (no setting). */
  setTimeZone(deviceId: string, zone: string | undefined): void;
  /** Lets the holder of `accessToken` use the Reminders API, as a user's consent does; or takes it back. */
  setReminderPermission(accessToken: string, granted: boolean): void;
  /** Makes every later request to `api` fail this way until cleared with `undefined`. */
  injectFault(api: AlexaApiName, fault: Fault | undefined): void;
  /** Called after each change to the reminders (create, update, delete), for the simulator to show. */
  onReminderChange?: (change: ReminderChange) => void;
  stop(): Promise<void>;
}

export type AlexaApiName = 'settings' | 'reminders';
/** An HTTP status to answer with, or `'hang'`: accept the request and never answer. */
export type Fault = 401 | 403 | 429 | 500 | 503 | 'hang';

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON, the raw text when it is not JSON, or `undefined` when there is none. */
  readonly body: unknown;
}

export interface StoredReminder {
  readonly alertToken: string;
  /** The reminder request the skill sent, as sent. */
  readonly request: unknown;
  readonly accessToken: string;
}

export type ReminderChange =
  | { readonly kind: 'created' | 'updated'; readonly reminder: StoredReminder }
  | { readonly kind: 'deleted'; readonly alertToken: string };

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;
const REMINDERS_PATH = /^\/v1\/alerts\/reminders(?:\/([^/]+))?$/;

export async function startLocalAlexaApi(): Promise<LocalAlexaApi> {
  const requests: RecordedRequest[] = [];
  const reminders = new Map<string, StoredReminder>();
  const zones = new Map<string, string | undefined>();
  const permitted = new Set<string>();
  const faults = new Map<AlexaApiName, Fault>();
  let nextToken = 1;

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = decodeURI(request.url ?? '/');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text === '' ? undefined : parseJson(text);
      const method = request.method ?? 'GET';
      requests.push({ method, path, headers: request.headers, body });
      const accessToken = bearerToken(request.headers.authorization);
      const api: AlexaApiName | undefined = TIME_ZONE_PATH.test(path) ? 'settings' : REMINDERS_PATH.test(path) ? 'reminders' : undefined;
      if (!api) return answer(response, 404, { code: 'NOT_FOUND', message: 'no such API' });
      const fault = faults.get(api);
      if (fault === 'hang') return;
      if (fault !== undefined) return answer(response, fault, { code: 'INJECTED_FAULT', message: `injected ${fault}` });
      if (!accessToken) return answer(response, 401, { code: 'UNAUTHORIZED', message: 'no access token' });

      if (api === 'settings') {
        const deviceId = TIME_ZONE_PATH.exec(path)![1]!;
        const zone = zones.get(deviceId);
        return zone === undefined ? answer(response, 204) : answer(response, 200, zone);
      }
      if (!permitted.has(accessToken)) return answer(response, 401, { code: 'UNAUTHORIZED', message: 'no permission for reminders' });
      const alertToken = REMINDERS_PATH.exec(path)![1];
      const now = new Date().toISOString();
      if (method === 'POST' && alertToken === undefined) {
        const reminder = { alertToken: `local-alert-${nextToken++}`, request: body, accessToken };
        reminders.set(reminder.alertToken, reminder);
        api_.onReminderChange?.({ kind: 'created', reminder });
        return answer(response, 200, { alertToken: reminder.alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1', href: `/v1/alerts/reminders/${reminder.alertToken}` });
      }
      const existing = alertToken === undefined ? undefined : reminders.get(alertToken);
      if (!existing || existing.accessToken !== accessToken) return answer(response, 404, { code: 'NOT_FOUND', message: 'no such reminder' });
      if (method === 'PUT') {
        const reminder = { ...existing, request: body };
        reminders.set(existing.alertToken, reminder);
        api_.onReminderChange?.({ kind: 'updated', reminder });
        return answer(response, 200, { alertToken: existing.alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '2' });
      }
      if (method === 'DELETE') {
        reminders.delete(existing.alertToken);
        api_.onReminderChange?.({ kind: 'deleted', alertToken: existing.alertToken });
        return answer(response, 200);
      }
      if (method === 'GET') return answer(response, 200, { alertToken: existing.alertToken, status: 'ON', ...(existing.request as object) });
      return answer(response, 405, { code: 'METHOD_NOT_ALLOWED', message: method });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });

  const api_: LocalAlexaApi = {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    reminders,
    setTimeZone: (deviceId, zone) => void zones.set(deviceId, zone),
    setReminderPermission: (accessToken, granted) => void (granted ? permitted.add(accessToken) : permitted.delete(accessToken)),
    injectFault: (api, fault) => void (fault === undefined ? faults.delete(api) : faults.set(api, fault)),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api_;
}

/**
 * A change to the reminders as the simulator prints it: `[reminder: every day at 08:00, America/Chicago]`, read from
 * the request the skill sent; `[reminder cancelled]`.
 */
export function reminderNote(change: ReminderChange): string {
  if (change.kind === 'deleted') return '[reminder cancelled]';
  const trigger = (change.reminder.request as { trigger?: { timeZoneId?: string; recurrence?: { startDateTime?: string; recurrenceRules?: string[] } } })
    .trigger;
  const time = trigger?.recurrence?.startDateTime?.slice(11, 16) ?? 'an unknown time';
  const daily = trigger?.recurrence?.recurrenceRules?.some((rule) => rule.includes('FREQ=DAILY')) ?? false;
  return `[reminder: ${daily ? 'every day' : 'once'} at ${time}, ${trigger?.timeZoneId ?? 'the device’s time zone'}]`;
}

function answer(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) response.writeHead(status).end();
  else response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer (.+)$/.exec(authorization ?? '');
  return match?.[1];
}
