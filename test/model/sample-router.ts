import type { LanguageModel } from './skill-package';
import { slotReferences } from './skill-package';

/**
 * A deliberately plain intent classifier that knows nothing but the interaction model's samples: TF-IDF bags of
 * words, cosine similarity, and a vote among the nearest samples. If this routes people's own phrasings right, the
 * samples carry the meaning on their own, without depending on Alexa's much stronger model.
 */

/** Stand-in words for built-in slot types, so a sample like "I walked for {duration}" has something to match. */
const BUILT_IN_SLOT_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'AMAZON.DURATION': ['twenty minutes', 'half an hour', 'an hour'],
  'AMAZON.NUMBER': ['twenty', 'thirty'],
};

const NEIGHBOURS = 5;

type Vector = Map<string, number>;

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z' ]+/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0);
}

export class SampleRouter {
  private readonly documents: { intent: string; words: string[] }[] = [];
  private readonly documentFrequency = new Map<string, number>();
  private readonly vectors: { intent: string; vector: Vector }[];

  constructor(model: LanguageModel) {
    const slotWords = new Map<string, readonly string[]>(Object.entries(BUILT_IN_SLOT_EXAMPLES));
    for (const type of model.types ?? []) {
      slotWords.set(
        type.name,
        type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]),
      );
    }
    for (const intent of model.intents) {
      const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
      for (const sample of intent.samples) {
        for (const text of expandSlots(sample, (slot) => slotWords.get(slotTypes.get(slot) ?? '') ?? [])) {
          this.documents.push({ intent: intent.name, words: tokens(text) });
        }
      }
    }
    for (const { words } of this.documents) {
      for (const word of new Set(words)) this.documentFrequency.set(word, (this.documentFrequency.get(word) ?? 0) + 1);
    }
    this.vectors = this.documents.map(({ intent, words }) => ({ intent, vector: this.vectorOf(words) }));
  }

  /** The intent whose nearest samples are most similar to `utterance`. */
  route(utterance: string): string | undefined {
    const query = this.vectorOf(tokens(utterance));
    const nearest = this.vectors
      .map(({ intent, vector }) => ({ intent, similarity: cosine(query, vector) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, NEIGHBOURS);
    const votes = new Map<string, number>();
    for (const { intent, similarity } of nearest) votes.set(intent, (votes.get(intent) ?? 0) + similarity);
    return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  }

  private vectorOf(words: string[]): Vector {
    const vector: Vector = new Map();
    const total = this.documents.length;
    for (const word of words) {
      const weight = Math.log((total + 1) / ((this.documentFrequency.get(word) ?? 0) + 1)) + 1;
      vector.set(word, (vector.get(word) ?? 0) + weight);
    }
    return vector;
  }
}

/** Every text the sample can stand for, one slot value at a time; a slot with no known values is left out. */
function expandSlots(sample: string, valuesOf: (slot: string) => readonly string[]): string[] {
  const [slot] = slotReferences(sample);
  if (slot === undefined) return [sample];
  const values = valuesOf(slot);
  const reference = `{${slot}}`;
  if (values.length === 0) return expandSlots(sample.replace(reference, ' '), valuesOf);
  return values.flatMap((value) => expandSlots(sample.replace(reference, value), valuesOf));
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [word, weight] of a) dot += weight * (b.get(word) ?? 0);
  const norm = Math.sqrt(sumOfSquares(a) * sumOfSquares(b));
  return norm === 0 ? 0 : dot / norm;
}

function sumOfSquares(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return sum;
}
