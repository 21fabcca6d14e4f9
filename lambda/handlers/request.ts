import type { HandlerInput } from 'ask-sdk-core';

/**
 * Safe readers for the parts of a request the handlers use. Requests reach the skill as raw JSON, so every field
 * is checked here rather than trusted.
 */

type Json = Record<string, unknown>;
const objectAt = (value: unknown): Json | undefined =>
  typeof value === 'object' && value !== null ? (value as Json) : undefined;

export function requestType(input: HandlerInput): string | undefined {
  const type = objectAt(input.requestEnvelope.request)?.type;
  return typeof type === 'string' ? type : undefined;
}

export function intentName(input: HandlerInput): string | undefined {
  if (requestType(input) !== 'IntentRequest') return undefined;
  const name = objectAt(objectAt(input.requestEnvelope.request)?.intent)?.name;
  return typeof name === 'string' ? name : undefined;
}

export function isIntent(input: HandlerInput, ...names: readonly string[]): boolean {
  const name = intentName(input);
  return name !== undefined && names.includes(name);
}

function slot(input: HandlerInput, name: string): Json | undefined {
  const intent = objectAt(objectAt(input.requestEnvelope.request)?.intent);
  return objectAt(objectAt(intent?.slots)?.[name]);
}

/** What the user said for a slot, as Alexa heard it; never put it in speech without `say()`. */
export function slotValue(input: HandlerInput, name: string): string | undefined {
  const value = slot(input, name)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The id of the custom slot value Alexa resolved the user's words to, when it found one. */
export function resolvedSlotId(input: HandlerInput, name: string): string | undefined {
  const authorities = objectAt(slot(input, name)?.resolutions)?.resolutionsPerAuthority;
  if (!Array.isArray(authorities)) return undefined;
  for (const authority of authorities) {
    const entry = objectAt(authority);
    if (objectAt(entry?.status)?.code !== 'ER_SUCCESS_MATCH' || !Array.isArray(entry?.values)) continue;
    const id = objectAt(objectAt(entry.values[0])?.value)?.id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}
