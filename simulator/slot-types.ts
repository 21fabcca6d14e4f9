import type { InteractionModel, ModelSlotValue } from './interaction-model';
import { parseSpokenDuration, parseSpokenNumber } from './spoken-numbers';
import { parseSpokenTime } from './spoken-times';
import { expandContractions, stem, words } from './words';

/** What a span of words means for one slot type. */
export interface SlotReading {
  /** The slot value Alexa sends: the words as heard for custom types, `35` or `PT20M` for numbers and durations. */
  value: string;
  /** For custom slot types: the value the words resolved to, with its id. */
  match?: { name: string; id: string };
}

/**
 * Reads spans of an utterance as values of one slot type.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-and-edit-custom-slot-types.html
 */
export interface SlotRecogniser {
  readonly type: string;
  /** Reads the whole span as a value of this type, or undefined when the words are not one. */
  read(span: readonly string[]): SlotReading | undefined;
  /**
   * Whether words this type does not know may still fill the slot. True for custom types (Alexa then sends the
   * words with `ER_SUCCESS_NO_MATCH`) and for free-form built-ins such as `AMAZON.SearchQuery`.
   */
  readonly acceptsUnknownWords: boolean;
  /** True for custom types, whose slots carry entity resolutions. */
  readonly resolves: boolean;
  /** The longest span worth trying. */
  readonly maxWords: number;
}

const key = (tokens: readonly string[]): string => tokens.join(' ');
const stemmedKey = (tokens: readonly string[]): string => tokens.map(stem).join(' ');

function customRecogniser(type: string, values: readonly ModelSlotValue[]): SlotRecogniser {
  const exact = new Map<string, ModelSlotValue>();
  const stemmed = new Map<string, ModelSlotValue>();
  let maxWords = 1;
  for (const entry of values) {
    for (const phrase of [entry.value, ...entry.synonyms]) {
      const tokens = expandContractions(words(phrase));
      if (tokens.length === 0) continue;
      maxWords = Math.max(maxWords, tokens.length);
      if (!exact.has(key(tokens))) exact.set(key(tokens), entry);
      if (!stemmed.has(stemmedKey(tokens))) stemmed.set(stemmedKey(tokens), entry);
    }
  }
  return {
    type,
    acceptsUnknownWords: true,
    resolves: true,
    // Unknown words may run longer than any known value ("the one for my lower back"), within reason.
    maxWords: Math.max(maxWords, 4),
    read(span) {
      const entry = exact.get(key(span)) ?? stemmed.get(stemmedKey(span));
      return entry && { value: key(span), match: { name: entry.value, id: entry.id } };
    },
  };
}

const numberRecogniser: SlotRecogniser = {
  type: 'AMAZON.NUMBER',
  acceptsUnknownWords: false,
  resolves: false,
  maxWords: 7,
  read(span) {
    const value = parseSpokenNumber(span);
    return value === undefined ? undefined : { value: String(value) };
  },
};

const durationRecogniser: SlotRecogniser = {
  type: 'AMAZON.DURATION',
  acceptsUnknownWords: false,
  resolves: false,
  maxWords: 10,
  read(span) {
    const value = parseSpokenDuration(span);
    return value === undefined ? undefined : { value };
  },
};

const timeRecogniser: SlotRecogniser = {
  type: 'AMAZON.TIME',
  acceptsUnknownWords: false,
  resolves: false,
  maxWords: 6,
  read(span) {
    const value = parseSpokenTime(span);
    return value === undefined ? undefined : { value };
  },
};

/** Built-in types the simulator cannot read (`AMAZON.SearchQuery`, `AMAZON.FirstName`, ...): any words fill them. */
export function freeFormRecogniser(type: string): SlotRecogniser {
  return { type, acceptsUnknownWords: true, resolves: false, maxWords: 12, read: () => undefined };
}

/**
 * One recogniser per slot type the model uses: custom types from their values and synonyms (a built-in type the
 * model extends with values counts as custom), `AMAZON.NUMBER` and `AMAZON.DURATION` from spoken numbers, and any
 * other built-in as free-form words.
 */
export function slotRecognisers(model: InteractionModel): ReadonlyMap<string, SlotRecogniser> {
  const recognisers = new Map<string, SlotRecogniser>();
  for (const type of model.types) recognisers.set(type.name, customRecogniser(type.name, type.values));
  for (const intent of model.intents) {
    for (const slot of intent.slots) {
      if (recognisers.has(slot.type)) continue;
      if (slot.type === 'AMAZON.NUMBER') recognisers.set(slot.type, numberRecogniser);
      else if (slot.type === 'AMAZON.DURATION') recognisers.set(slot.type, durationRecogniser);
      else if (slot.type === 'AMAZON.TIME') recognisers.set(slot.type, timeRecogniser);
      else recognisers.set(slot.type, freeFormRecogniser(slot.type));
    }
  }
  return recognisers;
}
