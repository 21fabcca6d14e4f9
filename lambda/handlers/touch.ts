import type { RequestEnvelope } from 'ask-sdk-model';
import { ROUTINES, isRoutineId } from '../content/routines';
import { asString, field } from '../json';
import type { Action } from './action';
import { ignoreRequest } from './unknown-request';

/** What each touch on the screens means, as the intent a user would say for it. */
const TOUCH_INTENTS: ReadonlyMap<string, string> = new Map([
  ['next', 'AMAZON.NextIntent'],
  ['previous', 'AMAZON.PreviousIntent'],
  ['pause', 'AMAZON.PauseIntent'],
  ['resume', 'AMAZON.ResumeIntent'],
]);

type Intent = { name: string; slots?: Record<string, unknown> };

/**
 * The intent a touch stands for, from the `arguments` its `SendEvent` sent: `['next']`, or `['routine', 'quick']`
 * for a routine, which is said "let's do the quick two minute routine" and resolved to its id.
 */
export function touchedIntent(touched: unknown): Intent | undefined {
  if (!Array.isArray(touched)) return undefined;
  const [what, which] = touched.map(asString);
  if (what === 'routine' && isRoutineId(which)) {
    const value = ROUTINES[which].name;
    const resolutions = {
      resolutionsPerAuthority: [
        { authority: 'touch', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id: which } }] },
      ],
    };
    return {
      name: 'StretchGuideIntent',
      slots: { routine: { name: 'routine', value, confirmationStatus: 'NONE', resolutions } },
    };
  }
  const name = what !== undefined && touched.length === 1 ? TOUCH_INTENTS.get(what) : undefined;
  return name ? { name } : undefined;
}

/**
 * A touch on the screen (`Alexa.Presentation.APL.UserEvent`) is handled exactly like saying what was touched: the
 * request becomes the intent it stands for, and `actOnIntent` answers it as it answers that intent in the current
 * conversation state. A touch the skill's documents never send gets an empty response.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
export const actOnTouch =
  (actOnIntent: Action): Action =>
  (input) => {
    const request = input.requestEnvelope.request;
    const intent = touchedIntent(field(request, 'arguments'));
    if (!intent) return ignoreRequest(input);
    const { requestId, timestamp, locale } = request;
    input.requestEnvelope = {
      ...input.requestEnvelope,
      request: { type: 'IntentRequest', requestId, timestamp, locale, intent: { confirmationStatus: 'NONE', slots: {}, ...intent } },
    } as RequestEnvelope;
    return actOnIntent(input);
  };
