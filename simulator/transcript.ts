import type { ResponseEnvelope, ui } from 'ask-sdk-model';
import { screenLines } from './screen';
import { outputSpeechText } from './speech-text';

/**
 * How the simulator prints a skill's response: what Alexa says, then the reprompt and the card the Alexa app
 * would show, and on a device with a screen what the screen shows, each on its own indented line.
 *
 *     alexa: Hold for 20 seconds. [pause 8.8s] Ten more seconds. [pause 10s] And release.
 *       (reprompt: Say next for the knee to chest, right side, repeat to do this one again, or stop to finish.)
 *       [card: Walking and low back pain — Yes, for most people walking is one of the best things you can do.]
 */

function oneLine(text: string): string {
  return text
    .split(/\s*\n\s*/)
    .filter((line) => line.trim() !== '')
    .join(' / ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The card on one line: `Title — text`, or what kind of card it is when it has no text. */
export function cardText(card: ui.Card): string {
  switch (card.type) {
    case 'Simple':
    case 'Standard': {
      const body = card.type === 'Simple' ? card.content : card.text;
      return [card.title, body].filter((part): part is string => !!part && part.trim() !== '').map(oneLine).join(' — ');
    }
    case 'LinkAccount':
      return 'link your account';
    case 'AskForPermissionsConsent':
      return `asks for permission: ${card.permissions.join(', ')}`;
    default:
      return (card as { type: string }).type;
  }
}

/** The lines to print for one response; a response with nothing to say prints `(no speech)`. */
export function responseLines(envelope: ResponseEnvelope): string[] {
  const { outputSpeech, reprompt, card, directives } = envelope.response;
  const speech = outputSpeechText(outputSpeech);
  const repromptText = outputSpeechText(reprompt?.outputSpeech);
  return [
    speech === undefined ? '  (no speech)' : `alexa: ${speech}`,
    ...(repromptText === undefined ? [] : [`  (reprompt: ${repromptText})`]),
    ...(card ? [`  [card: ${cardText(card)}]`] : []),
    ...(directives ?? []).flatMap((directive) =>
      directive.type === 'Alexa.Presentation.APL.RenderDocument' ? screenLines(directive) : [`  [directive: ${directive.type}]`],
    ),
  ];
}
