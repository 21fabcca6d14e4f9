import type { HandlerInput, ResponseInterceptor } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { isRecord, field } from '../json';
import { standingStretch } from '../session/state';
import { turnOf } from '../session/turn';
import { renderDocument } from './render';
import { restingStep, shownView, type View } from './view';

/** Whether the device can show APL: Alexa lists `Alexa.Presentation.APL` among its supported interfaces. */
export function hasScreen(envelope: unknown): boolean {
  return isRecord(field(envelope, 'context', 'System', 'device', 'supportedInterfaces', 'Alexa.Presentation.APL'));
}

/**
 * What the screen shows when the turn chose nothing: the current stretch, at rest, during a routine; the home
 * screen while the session stays open otherwise; nothing when it closes, as the screen closes with it.
 */
function viewOf(input: HandlerInput, response: Response): View | undefined {
  const chosen = shownView(input);
  if (chosen) return chosen;
  if (response.shouldEndSession !== false) return undefined;
  const { state } = turnOf(input);
  const stretch = standingStretch(state) ?? state.stretch;
  return stretch ? restingStep(stretch, state) : { kind: 'home' };
}

/**
 * Adds the screen to a spoken response on a device that has one. Handlers only record what the turn shows
 * (`show`), so a speaker gets exactly the response it always had, and no handler builds APL.
 */
export const screenInterceptor: ResponseInterceptor = {
  process(input, response) {
    if (!response?.outputSpeech || !hasScreen(input.requestEnvelope)) return;
    const view = viewOf(input, response);
    if (view) response.directives = [...(response.directives ?? []), renderDocument(view)];
  },
};
