import type { HandlerInput } from 'ask-sdk-core';
import { asString, asText, field } from '../json';

/**
 * Safe readers for the parts of a request the handlers use. Requests reach the skill as raw JSON, so every field
 * is checked here rather than trusted.
 */

export function requestType(input: HandlerInput): string | undefined {
  return asString(field(input.requestEnvelope, 'request', 'type'));
}

/** The device's locale, like `en-US`. */
export function locale(input: HandlerInput): string | undefined {
  return asString(field(input.requestEnvelope, 'request', 'locale'));
}

/** The id Alexa gave this request; a retry of it carries the same id. */
export function requestId(input: HandlerInput): string | undefined {
  return asString(field(input.requestEnvelope, 'request', 'requestId'));
}

export function intentName(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  return asString(field(input.requestEnvelope, 'request', 'intent', 'name'));
}

function slot(input: HandlerInput, name: string): unknown {
  return field(input.requestEnvelope, 'request', 'intent', 'slots', name);
}

/** What the user said for a slot, as Alexa heard it; never put it in speech without `say()`. */
export function slotValue(input: HandlerInput, name: string): string | undefined {
  return asText(field(slot(input, name), 'value'))?.trim();
}

/** The id of the custom slot value Alexa resolved the user's words to, when it found one. */
export function resolvedSlotId(input: HandlerInput, name: string): string | undefined {
  const authorities = field(slot(input, name), 'resolutions', 'resolutionsPerAuthority');
  if (!Array.isArray(authorities)) return undefined;
  for (const authority of authorities) {
    if (field(authority, 'status', 'code') !== 'ER_SUCCESS_MATCH') continue;
    const values = field(authority, 'values');
    const id = Array.isArray(values) ? asString(field(values[0], 'value', 'id')) : undefined;
    if (id !== undefined) return id;
  }
  return undefined;
}
