import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnOf } from '../session/turn';

/**
 * The user disabled the skill and chose not to keep their data: delete everything stored about them. Skill
 * events arrive out of session and get no speech.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/skill-events-in-alexa-skills.html
 */
export async function skillDisabled(input: HandlerInput): Promise<Response> {
  const body = (input.requestEnvelope.request as { body?: { userInformationPersistenceStatus?: unknown } }).body;
  const turn = turnOf(input);
  if (body?.userInformationPersistenceStatus === 'NOT_PERSISTED' && (await turn.progress.forget())) {
    turn.log.info('user data deleted after the skill was disabled');
  }
  return input.responseBuilder.getResponse();
}
