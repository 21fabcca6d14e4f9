import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { services } from 'ask-sdk-model';

/**
 * How long the skill waits for one call to an Alexa API. Alexa gives the whole turn 8 s and the store may take
 * two ~1 s attempts, so an Alexa API that is slow or silent gets the same budget as one store attempt.
 */
export const ALEXA_API_LIMITS = { timeoutMs: 1000 } as const;

/** The call did not complete: no connection, a connection lost, or no whole answer in time. */
export class AlexaApiCallError extends Error {
  override readonly name = 'AlexaApiCallError';
}

/** Loopback hosts, the only ones reached over plain `http` (the tests' and the simulator's stand-in for Alexa). */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The `ApiClient` behind ask-sdk-core's service clients (`.withApiClient(...)`): Node's own `http`/`https`, which
 * the AWS SDK loads anyway, so a cold start pays for no second HTTP stack (the first `fetch` loads undici). Unlike
 * the SDK's `DefaultApiClient` it gives up after {@link ALEXA_API_LIMITS}, and it refuses plain `http` to
 * anything but loopback, so the user's access token never crosses a network unencrypted.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-skills-kit-sdk-for-nodejs/call-alexa-service-apis.html
 */
export class NodeApiClient implements services.ApiClient {
  constructor(private readonly timeoutMs: number = ALEXA_API_LIMITS.timeoutMs) {}

  invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return Promise.reject(new AlexaApiCallError('the API endpoint is not a URL'));
    }
    const send = url.protocol === 'https:' ? httpsRequest : url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? httpRequest : undefined;
    if (!send) return Promise.reject(new AlexaApiCallError(`refused to call ${url.protocol}//${url.host}`));
    const headers: Record<string, string[]> = {};
    for (const { key, value } of request.headers) (headers[key] ??= []).push(value);
    return new Promise((resolve, reject) => {
      const call = send(url, { method: request.method, headers });
      const timer = setTimeout(
        () => call.destroy(new AlexaApiCallError(`no answer within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        // Paths name the device or the reminder: the message says only what went wrong.
        reject(error instanceof AlexaApiCallError ? error : new AlexaApiCallError(error.message));
      };
      call.on('error', fail);
      call.on('response', (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            statusCode: response.statusCode ?? 0,
            headers: Object.entries(response.headers).flatMap(([key, value]) =>
              (Array.isArray(value) ? value : [value ?? '']).map((one) => ({ key, value: one })),
            ),
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      call.end(request.body);
    });
  }
}
