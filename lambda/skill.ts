import type { RequestInterceptor, ResponseInterceptor, Skill } from 'ask-sdk-core';
// From its own module, not the package index: the index loads every helper of ask-sdk-core (viewport, request and
// SSML utilities, its default API client), which the skill does not use and each cold start would parse (17 KB).
import { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
import type { services } from 'ask-sdk-model';
import { NodeApiClient } from './alexa-api/api-client';
import type { LogLevel } from './config';
import { errorHandler } from './handlers/errors';
import { ConversationHandler } from './handlers/conversation';
import { asText as text, field } from './json';
import { createLogger, hashUserId } from './log';
import { screenInterceptor } from './screen/screen-interceptor';
import { readSessionState, toSessionAttributes } from './session/state';
import { askDeviceTimeZone } from './session/time-zone';
import { setTurn, turnOf, userDay } from './session/turn';
import type { ProgressStore } from './storage/progress-store';
import { UserProgress } from './storage/user-progress';

export interface SkillDependencies {
  /** Where progress is kept; without one the skill answers but remembers nothing. */
  readonly store?: ProgressStore;
  readonly logLevel: LogLevel;
  /** How the SDK's service clients reach Alexa's APIs; a {@link NodeApiClient} by default. */
  readonly apiClient?: services.ApiClient;
}


/** Request timestamps outside these bounds are not Alexa's: the skill uses its own clock instead. */
const EARLIEST_TIMESTAMP = Date.UTC(2015, 0, 1);
const LATEST_TIMESTAMP = Date.UTC(10000, 0, 1);

/** Sets up the turn: validated session state, the user's progress (loaded lazily), the clock and a logger. */
function turnInterceptor({ store, logLevel }: SkillDependencies): RequestInterceptor {
  return {
    process(input) {
      const envelope = input.requestEnvelope as unknown;
      const request = field(envelope, 'request');
      const session = field(envelope, 'session');
      const system = field(field(envelope, 'context'), 'System');
      const requestId = text(field(request, 'requestId')) ?? 'unknown';
      const userId = text(field(field(system, 'user'), 'userId')) ?? text(field(field(session, 'user'), 'userId'));
      // Lambda's own id of the invocation too, to find the turn's REPORT line (duration, cold start).
      const awsRequestId = text(field(input.context, 'awsRequestId'));
      const log = createLogger(logLevel, { requestId, awsRequestId, user: userId && hashUserId(userId) });
      const state = readSessionState(field(session, 'attributes'));
      const offer = state.offer;
      state.offer = undefined;
      const timestamp = Date.parse(String(field(request, 'timestamp')));
      const now = timestamp >= EARLIEST_TIMESTAMP && timestamp < LATEST_TIMESTAMP ? new Date(timestamp) : new Date();
      const deviceId = text(field(field(system, 'device'), 'deviceId'));
      const canAskAlexa = text(field(system, 'apiEndpoint')) && text(field(system, 'apiAccessToken'));
      const progress = new UserProgress(store, userId, requestId, state, log, now);
      const today = userDay({
          state,
          now,
          device: deviceId && hashUserId(deviceId),
          kept: async () => (await progress.get())?.timeZone,
          lookUp: async () => (canAskAlexa && deviceId ? askDeviceTimeZone(input, deviceId, log) : undefined),
      });
      setTurn(input, {
        state,
        progress,
        now,
        today,
        async timeZone() {
          await today(); // settles the session's zone
          return state.timeZone ?? 'UTC';
        },
        offer,
        oneShot: field(request, 'type') === 'IntentRequest' && field(session, 'new') === true,
        log,
      });
    },
  };
}

/** Sends the session state back to Alexa with the response, for the next turn. */
const sessionStateInterceptor: ResponseInterceptor = {
  process(input) {
    if (typeof input.requestEnvelope.session !== 'object' || input.requestEnvelope.session === null) return;
    input.attributesManager.setSessionAttributes(toSessionAttributes(turnOf(input).state));
  },
};

/** The skill: the conversation's tables, the turn set-up around them, and the one error handler. */
export function buildSkill(dependencies: SkillDependencies): Skill {
  return SkillBuilders.custom()
    .withApiClient(dependencies.apiClient ?? new NodeApiClient())
    .addRequestHandlers(ConversationHandler)
    .addRequestInterceptors(turnInterceptor(dependencies))
    .addResponseInterceptors(sessionStateInterceptor, screenInterceptor)
    .addErrorHandlers(errorHandler((requestId) => createLogger(dependencies.logLevel, { requestId })))
    .create();
}
