import type { interfaces } from 'ask-sdk-model';
import { ANSWER_DOCUMENT } from '../content/screens/answer';
import { HOME_DOCUMENT } from '../content/screens/home';
import { STEP_DOCUMENT } from '../content/screens/step';
import { answerData, homeData, stepData } from './datasources';
import type { View } from './view';

/** The screen's documents, by the token a touch on them comes back with. */
export const DOCUMENTS = { home: HOME_DOCUMENT, step: STEP_DOCUMENT, answer: ANSWER_DOCUMENT } as const;

/**
 * The directive that puts `view` on screen: the document inline, what changes in its datasources.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-render-document-skill-directive.html
 */
export function renderDocument(view: View): interfaces.alexa.presentation.apl.RenderDocumentDirective {
  const datasources =
    view.kind === 'home' ? homeData(view.tip) : view.kind === 'step' ? stepData(view) : answerData(view);
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: view.kind,
    document: DOCUMENTS[view.kind] as unknown as Record<string, unknown>,
    datasources,
  };
}
