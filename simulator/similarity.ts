/**
 * A small TF-IDF classifier over word unigrams and bigrams, for phrasings that match no sample exactly.
 *
 * Each sample utterance is a document labelled with its intent. Inverse document frequency is counted over intents
 * rather than samples, so a word every intent uses ("my", "back", "what") weighs little and a word only one intent
 * uses ("stiff", "walk") weighs a lot. An utterance scores against each sample by cosine similarity, and an intent
 * takes the best score of its samples, blended with its score against all its samples together; the score is then
 * scaled by how much of the utterance the model's vocabulary covers at all.
 */

type Vector = ReadonlyMap<string, number>;

export interface LabelledTerms {
  label: string;
  /** Normalised words: stemmed, contractions expanded, slot references as `{TYPE}` placeholders. */
  terms: readonly string[];
}

export interface Ranked {
  label: string;
  score: number;
}

/** How much an intent's best single sample counts against all of its samples taken together. */
const BEST_SAMPLE_WEIGHT = 0.5;

/**
 * Slot placeholders weigh half as much as words: many custom values are everyday words ("shoulders", "back pain"),
 * so the words around a slot, not the slot itself, should decide the intent.
 */
const PLACEHOLDER_WEIGHT = 0.5;

/** Unigrams plus bigrams: "lower back" says more than "lower" and "back" apart. */
export function features(terms: readonly string[]): string[] {
  const bigrams = terms.slice(1).map((term, index) => `${terms[index]} ${term}`);
  return [...terms, ...bigrams];
}

function counts(items: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of items) result.set(item, (result.get(item) ?? 0) + 1);
  return result;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function cosine(a: Vector, aNorm: number, b: Vector, bNorm: number): number {
  if (aNorm === 0 || bNorm === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return dot / (aNorm * bNorm);
}

export class SimilarityClassifier {
  private readonly idf = new Map<string, number>();
  private readonly samples: Array<{ label: string; vector: Vector; norm: number }> = [];
  private readonly centroids = new Map<string, { vector: Vector; norm: number }>();
  private readonly unknownIdf: number;

  constructor(documents: readonly LabelledTerms[]) {
    const labels = new Set(documents.map((document) => document.label));
    const labelsByFeature = new Map<string, Set<string>>();
    for (const document of documents) {
      for (const feature of features(document.terms)) {
        const seen = labelsByFeature.get(feature) ?? new Set<string>();
        seen.add(document.label);
        labelsByFeature.set(feature, seen);
      }
    }
    for (const [feature, seen] of labelsByFeature) {
      const weight = Math.log(1 + labels.size / seen.size);
      this.idf.set(feature, feature.startsWith('{') ? weight * PLACEHOLDER_WEIGHT : weight);
    }
    this.unknownIdf = Math.log(1 + labels.size);

    const byLabel = new Map<string, Map<string, number>>();
    for (const document of documents) {
      const vector = this.vectorOf(features(document.terms));
      this.samples.push({ label: document.label, vector, norm: norm(vector) });
      const centroid = byLabel.get(document.label) ?? new Map<string, number>();
      for (const [term, weight] of vector) centroid.set(term, (centroid.get(term) ?? 0) + weight);
      byLabel.set(document.label, centroid);
    }
    for (const [label, vector] of byLabel) this.centroids.set(label, { vector, norm: norm(vector) });
  }

  /** Sublinear term frequency times inverse intent frequency. */
  private vectorOf(items: readonly string[]): Map<string, number> {
    const vector = new Map<string, number>();
    for (const [item, count] of counts(items)) {
      vector.set(item, (1 + Math.log(count)) * (this.idf.get(item) ?? this.unknownIdf));
    }
    return vector;
  }

  /**
   * The share of the utterance's weight in words some sample uses. "Tell me a joke" shares three words with
   * "tell me a tip", but no sample knows "joke", which says the request is out of domain.
   */
  private coverage(terms: readonly string[]): number {
    let known = 0;
    let all = 0;
    for (const term of new Set(terms)) {
      const weight = this.idf.get(term);
      known += weight ?? 0;
      all += weight ?? this.unknownIdf;
    }
    return all === 0 ? 0 : known / all;
  }

  /** Every label with its score in [0, 1], best first: cosine similarity scaled by coverage. */
  rank(terms: readonly string[]): Ranked[] {
    // Words no sample uses count once, in the coverage, rather than again as a mismatch in every cosine.
    const vector = this.vectorOf(features(terms).filter((feature) => this.idf.has(feature)));
    const vectorNorm = norm(vector);
    const coverage = this.coverage(terms);
    const best = new Map<string, number>();
    for (const sample of this.samples) {
      const score = cosine(vector, vectorNorm, sample.vector, sample.norm);
      if (score > (best.get(sample.label) ?? -1)) best.set(sample.label, score);
    }
    return [...best]
      .map(([label, bestSample]) => {
        const centroid = this.centroids.get(label);
        const overall = centroid ? cosine(vector, vectorNorm, centroid.vector, centroid.norm) : 0;
        return { label, score: coverage * (BEST_SAMPLE_WEIGHT * bestSample + (1 - BEST_SAMPLE_WEIGHT) * overall) };
      })
      .sort((a, b) => b.score - a.score);
  }
}
