import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { readConfig } from './config';
import { field, isRecord, type JsonObject } from './json';
import { createLogger } from './log';
import { buildSkill } from './skill';
import { createDynamoDbProgressStore } from './storage/dynamodb-progress-store';

// Created once per Lambda instance and reused by warm invocations.
const config = readConfig();
const log = createLogger(config.logLevel);
if (!config.tableName) log.warn('TABLE_NAME is not set: the skill will answer but not remember progress');
const skill = buildSkill({
  store: config.tableName
    ? createDynamoDbProgressStore({ tableName: config.tableName, region: config.region, endpoint: config.dynamoDbEndpoint })
    : undefined,
  logLevel: config.logLevel,
});

/** A request from another skill than `SKILL_ID`: refused without being answered. */
export class SkillIdMismatchError extends Error {
  override readonly name = 'SkillIdMismatchError';
}

const EMPTY_RESPONSE: ResponseEnvelope = { version: '1.0', response: {} };

/** The skill the request is for: as Alexa states it in the context, or, for an envelope without one, the session. */
function applicationIdOf(envelope: JsonObject): unknown {
  const application = field(envelope, 'context', 'System', 'application');
  return isRecord(application) ? application.applicationId : field(envelope, 'session', 'application', 'applicationId');
}

/**
 * The Lambda entry: takes an Alexa request envelope and resolves to a response envelope. Input that is not a
 * request at all gets an empty response; a request for another skill is refused before any handler runs.
 */
export async function handler(event: unknown, context?: unknown): Promise<ResponseEnvelope> {
  if (!isRecord(event) || !isRecord(event.request) || typeof event.request.type !== 'string') {
    log.warn('ignored an event that is not an Alexa request');
    return EMPTY_RESPONSE;
  }
  if (config.skillId && applicationIdOf(event) !== config.skillId) {
    const { requestId } = event.request;
    log.warn('refused a request for another skill', { requestId: typeof requestId === 'string' ? requestId : undefined });
    throw new SkillIdMismatchError('Refused: the request is not for this skill');
  }
  // The SDK reads `context.System` (for its service clients) and `session` without checking they are there.
  const envelope = {
    ...event,
    session: isRecord(event.session) ? event.session : undefined,
    context: isRecord(field(event, 'context', 'System')) ? event.context : { System: {} },
  };
  return skill.invoke(envelope as unknown as RequestEnvelope, context);
}
