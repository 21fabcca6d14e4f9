import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The parts of an Alexa interaction model the simulator's NLU reads: invocation name, intents with their slots and
 * sample utterances, and custom slot types with values and synonyms.
 * See https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 */
export interface InteractionModel {
  invocationName: string;
  intents: readonly ModelIntent[];
  types: readonly ModelSlotType[];
}

export interface ModelIntent {
  name: string;
  slots: readonly ModelSlot[];
  samples: readonly string[];
}

export interface ModelSlot {
  name: string;
  type: string;
  /** What a user may say when the skill asks for this slot (`Dialog.ElicitSlot`), such as "about {minutes}". */
  samples: readonly string[];
}

export interface ModelSlotType {
  name: string;
  values: readonly ModelSlotValue[];
}

export interface ModelSlotValue {
  /** Alexa makes one up when the model leaves it out; the simulator uses the value itself. */
  id: string;
  value: string;
  synonyms: readonly string[];
}

/** The en-US model, relative to the repository root. */
export const EN_US_MODEL_PATH = path.join('skill-package', 'interactionModels', 'custom', 'en-US.json');

export class InteractionModelError extends Error {
  override name = 'InteractionModelError';
}

type Json = unknown;

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: Json, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new InteractionModelError(`${where} must be a list of strings`);
  }
  return value as string[];
}

function text(value: Json, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InteractionModelError(`${where} must be a string`);
  return value;
}

function list(value: Json, where: string): Json[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InteractionModelError(`${where} must be a list`);
  return value;
}

function parseIntent(raw: Json, index: number): ModelIntent {
  if (!isObject(raw)) throw new InteractionModelError(`intents[${index}] must be an object`);
  const name = text(raw.name, `intents[${index}].name`);
  const slots = list(raw.slots, `${name}.slots`).map((slot, slotIndex) => {
    const where = `${name}.slots[${slotIndex}]`;
    if (!isObject(slot)) throw new InteractionModelError(`${where} must be an object`);
    return {
      name: text(slot.name, `${where}.name`),
      type: text(slot.type, `${where}.type`),
      samples: strings(slot.samples, `${where}.samples`),
    };
  });
  return { name, slots, samples: strings(raw.samples, `${name}.samples`) };
}

function parseSlotType(raw: Json, index: number): ModelSlotType {
  if (!isObject(raw)) throw new InteractionModelError(`types[${index}] must be an object`);
  const name = text(raw.name, `types[${index}].name`);
  const values = list(raw.values, `${name}.values`).map((entry, valueIndex) => {
    const where = `${name}.values[${valueIndex}]`;
    if (!isObject(entry) || !isObject(entry.name)) throw new InteractionModelError(`${where}.name must be an object`);
    const value = text(entry.name.value, `${where}.name.value`);
    const id = typeof entry.id === 'string' && entry.id !== '' ? entry.id : value;
    return { id, value, synonyms: strings(entry.name.synonyms, `${where}.name.synonyms`) };
  });
  return { name, values };
}

/** Validates the JSON of an interaction model file (the `interactionModel.languageModel` part). */
export function parseInteractionModel(json: Json): InteractionModel {
  const languageModel = isObject(json) && isObject(json.interactionModel) ? json.interactionModel.languageModel : undefined;
  if (!isObject(languageModel)) throw new InteractionModelError('missing interactionModel.languageModel');
  return {
    invocationName: text(languageModel.invocationName, 'invocationName').toLowerCase(),
    intents: list(languageModel.intents, 'intents').map(parseIntent),
    types: list(languageModel.types, 'types').map(parseSlotType),
  };
}

/** Reads and validates an interaction model file, naming the file in any error. */
export function loadInteractionModel(file: string): InteractionModel {
  let json: Json;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InteractionModelError(`could not read the interaction model ${file}: ${(error as Error).message}`);
  }
  try {
    return parseInteractionModel(json);
  } catch (error) {
    throw new InteractionModelError(`${file}: ${(error as Error).message}`);
  }
}
