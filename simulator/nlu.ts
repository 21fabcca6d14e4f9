import type { slu } from 'ask-sdk-model';
import { DEFAULT_SKILL_ID, type HeardSlot } from './envelopes';
import type { InteractionModel, ModelIntent } from './interaction-model';
import { SimilarityClassifier, type Ranked } from './similarity';
import { freeFormRecogniser, slotRecognisers, type SlotReading, type SlotRecogniser } from './slot-types';
import { expandContractions, stem, words } from './words';

/**
 * The simulator's stand-in for Alexa's natural-language understanding: turns what the user says into an intent with
 * slots, using only the interaction model. An utterance that fits a sample exactly (slot values included) gets that
 * sample's intent; anything else goes to a similarity classifier over all samples, and below its threshold to
 * `AMAZON.FallbackIntent`, as Alexa does for out-of-domain requests.
 */

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

export interface Understanding {
  intent: string;
  /** Every slot the intent defines, keyed by name; a slot nothing filled has no value. */
  slots: Record<string, HeardSlot>;
  /** `sample` for an exact fit, `similarity` for the classifier's pick, `fallback` when nothing fitted. */
  matchedBy: 'sample' | 'similarity' | 'fallback';
  /** The sample that fitted, for `sample`. */
  sample?: string;
  /** The classifier's score for the chosen intent, in [0, 1]; 1 for an exact fit. */
  score: number;
}

export interface NluOptions {
  /** Entity resolution authorities name the skill. */
  skillId?: string;
  /** The lowest similarity score that still picks an intent; below it the utterance is out of domain. */
  threshold?: number;
}

/**
 * Chosen against out-of-domain requests ("tell me a joke", "set an alarm for seven") and the paraphrase set in
 * test/simulator: most in-domain paraphrases score above it, most out-of-domain requests below.
 */
export const DEFAULT_THRESHOLD = 0.25;

type Part = { kind: 'word'; word: string } | { kind: 'slot'; slot: string; recogniser: SlotRecogniser };

interface Template {
  intent: ModelIntent;
  sample: string;
  parts: readonly Part[];
  literalWords: number;
}

interface Capture {
  slot: string;
  recogniser: SlotRecogniser;
  words: readonly string[];
  reading: SlotReading | undefined;
}

interface Fit {
  template: Template;
  captures: readonly Capture[];
  /** Words in custom-type slots that resolved to no value. */
  unresolvedWords: number;
}

/** A placeholder standing for any value of a slot type, in samples and in utterances alike. */
const placeholder = (type: string): string => `{${type}}`;

/** Spoken phrases for the built-in intents the model declares, from their names: `AMAZON.StartOverIntent` → "start over". */
function builtInPhrase(intentName: string): string | undefined {
  const match = /^AMAZON\.(\w+)Intent$/.exec(intentName);
  if (!match?.[1] || intentName === FALLBACK_INTENT) return undefined;
  return match[1].replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** For a sample that names a slot its intent does not define: any words fill it. */
const UNDEFINED_SLOT = freeFormRecogniser('AMAZON.SearchQuery');

export class Nlu {
  private readonly templates: Template[] = [];
  /** Each intent's slot samples, for answers to a question that asked for one of its slots. */
  private readonly answerTemplates = new Map<string, Template[]>();
  private readonly recognisers: ReadonlyMap<string, SlotRecogniser>;
  private readonly classifier: SimilarityClassifier;
  private readonly intents: ReadonlyMap<string, ModelIntent>;
  private readonly skillId: string;
  private readonly threshold: number;

  constructor(model: InteractionModel, options: NluOptions = {}) {
    this.skillId = options.skillId ?? DEFAULT_SKILL_ID;
    this.threshold = options.threshold ?? DEFAULT_THRESHOLD;
    this.recognisers = slotRecognisers(model);
    this.intents = new Map(model.intents.map((intent) => [intent.name, intent]));
    for (const intent of model.intents) {
      const phrase = builtInPhrase(intent.name);
      const samples = phrase && !intent.samples.includes(phrase) ? [...intent.samples, phrase] : intent.samples;
      for (const sample of samples) this.templates.push(this.compile(intent, sample));
      const answers = intent.slots.flatMap((slot) => slot.samples.map((sample) => this.compile(intent, sample)));
      if (answers.length > 0) this.answerTemplates.set(intent.name, answers);
    }
    this.classifier = new SimilarityClassifier(
      this.templates.map((template) => ({ label: template.intent.name, terms: this.sampleTerms(template) })),
    );
  }

  /** Finds the intent and slots for one utterance. */
  understand(utterance: string): Understanding {
    const tokens = expandContractions(words(utterance));
    const fits = this.templates.map((template) => this.bestFit(template, tokens)).filter((fit) => fit !== undefined);
    const exact = fits.filter((fit) => fit.unresolvedWords === 0).sort(bySpecificity)[0];
    if (exact) return this.fromFit(exact);

    const ranked = this.rank(tokens);
    const top = ranked[0];
    // A sample that fits apart from a short unknown slot value ("start the banana routine") is still that intent,
    // as on Alexa, unless the classifier is sure the words mean something else.
    const loose = fits.filter((fit) => isPlausiblyLoose(fit, tokens.length)).sort(bySpecificity)[0];
    if (loose && (!top || top.label === loose.template.intent.name || top.score < this.threshold)) {
      return this.fromFit(loose);
    }
    if (!top || top.score < this.threshold) {
      return { intent: FALLBACK_INTENT, slots: {}, matchedBy: 'fallback', score: top?.score ?? 0 };
    }
    const intent = this.intents.get(top.label);
    return {
      intent: top.label,
      slots: intent ? this.fillSlots(intent, tokens) : {},
      matchedBy: 'similarity',
      score: top.score,
    };
  }

  /**
   * The utterance as an answer to `Dialog.ElicitSlot` on `intentName`: Alexa then matches it against that intent's
   * slot samples ("{minutes}", "about {duration}") first. `undefined` when it fits none exactly; it is then
   * understood as anything else would be.
   */
  understandAnswer(utterance: string, intentName: string): Understanding | undefined {
    const tokens = expandContractions(words(utterance));
    const fit = (this.answerTemplates.get(intentName) ?? [])
      .map((template) => this.bestFit(template, tokens))
      .filter((candidate): candidate is Fit => candidate !== undefined && candidate.unresolvedWords === 0)
      .sort(bySpecificity)[0];
    return fit && this.fromFit(fit);
  }

  /** Every intent with its similarity score for the utterance, best first; for tuning and the evaluation test. */
  rankIntents(utterance: string): Ranked[] {
    return this.rank(expandContractions(words(utterance)));
  }

  private compile(intent: ModelIntent, sample: string): Template {
    const parts: Part[] = [];
    for (const piece of sample.split(/(\{[^{}]+\})/)) {
      const slotName = /^\{([^{}]+)\}$/.exec(piece)?.[1];
      if (slotName !== undefined) {
        const type = intent.slots.find((slot) => slot.name === slotName)?.type;
        parts.push({ kind: 'slot', slot: slotName, recogniser: (type && this.recognisers.get(type)) || UNDEFINED_SLOT });
      } else {
        for (const word of expandContractions(words(piece))) parts.push({ kind: 'word', word });
      }
    }
    return { intent, sample, parts, literalWords: parts.filter((part) => part.kind === 'word').length };
  }

  /** The fit of a template to the whole utterance with the fewest unresolved slot words, if it fits at all. */
  private bestFit(template: Template, tokens: readonly string[]): Fit | undefined {
    let best: Fit | undefined;
    const visit = (partIndex: number, tokenIndex: number, captures: Capture[]): void => {
      const part = template.parts[partIndex];
      if (part === undefined) {
        if (tokenIndex !== tokens.length) return;
        const unresolvedWords = captures
          .filter((capture) => capture.recogniser.resolves && !capture.reading)
          .reduce((sum, capture) => sum + capture.words.length, 0);
        if (!best || unresolvedWords < best.unresolvedWords) best = { template, captures: [...captures], unresolvedWords };
        return;
      }
      if (part.kind === 'word') {
        if (tokens[tokenIndex] === part.word) visit(partIndex + 1, tokenIndex + 1, captures);
        return;
      }
      const longest = Math.min(part.recogniser.maxWords, tokens.length - tokenIndex);
      for (let length = longest; length >= 1; length -= 1) {
        const span = tokens.slice(tokenIndex, tokenIndex + length);
        const reading = part.recogniser.read(span);
        if (!reading && !part.recogniser.acceptsUnknownWords) continue;
        captures.push({ slot: part.slot, recogniser: part.recogniser, words: span, reading });
        visit(partIndex + 1, tokenIndex + length, captures);
        captures.pop();
        if (best?.unresolvedWords === 0) return;
      }
    };
    visit(0, 0, []);
    return best;
  }

  private fromFit(fit: Fit): Understanding {
    const slots = this.emptySlots(fit.template.intent);
    for (const capture of fit.captures) {
      slots[capture.slot] = this.heard(capture.recogniser, capture.words, capture.reading);
    }
    return { intent: fit.template.intent.name, slots, matchedBy: 'sample', sample: fit.template.sample, score: 1 };
  }

  private emptySlots(intent: ModelIntent): Record<string, HeardSlot> {
    return Object.fromEntries(intent.slots.map((slot) => [slot.name, {}]));
  }

  /** The slot as Alexa sends it: the value as heard, and entity resolution for custom types. */
  private heard(recogniser: SlotRecogniser, spoken: readonly string[], reading: SlotReading | undefined): HeardSlot {
    const value = reading?.value ?? spoken.join(' ');
    if (!recogniser.resolves) return { value };
    const resolution: slu.entityresolution.Resolution = {
      authority: `amzn1.er-authority.echo-sdk.${this.skillId}.${recogniser.type}`,
      status: { code: reading?.match ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
      values: reading?.match ? [{ value: reading.match }] : [],
    };
    return { value, resolutions: { resolutionsPerAuthority: [resolution] } };
  }

  /** Fills an intent's slots from an utterance that fitted no sample: each slot takes the first span its type reads. */
  private fillSlots(intent: ModelIntent, tokens: readonly string[]): Record<string, HeardSlot> {
    const slots = this.emptySlots(intent);
    const taken = new Set<number>();
    for (const slot of intent.slots) {
      const recogniser = this.recognisers.get(slot.type);
      if (!recogniser) continue;
      const found = findSpans(tokens, [recogniser]).find((span) => !span.indexes.some((index) => taken.has(index)));
      if (!found) continue;
      for (const index of found.indexes) taken.add(index);
      slots[slot.name] = this.heard(recogniser, tokens.slice(found.start, found.end), found.reading);
    }
    return slots;
  }

  private sampleTerms(template: Template): string[] {
    return template.parts.map((part) => (part.kind === 'word' ? stem(part.word) : placeholder(part.recogniser.type)));
  }

  /**
   * Scores the utterance under a few readings and keeps each intent's best: slot values collapsed to their type
   * ("for half an hour" → "for {AMAZON.DURATION}"), numbers collapsed but durations left as words ("for
   * {AMAZON.NUMBER} seconds", as a hold-time sample says it), and the plain words.
   */
  private rank(tokens: readonly string[]): Ranked[] {
    const all = [...this.recognisers.values()];
    const readings = [
      collapse(tokens, all),
      collapse(tokens, all.filter((recogniser) => recogniser.type !== 'AMAZON.DURATION')),
      tokens.map(stem),
    ];
    const best = new Map<string, number>();
    for (const terms of readings) {
      for (const { label, score } of this.classifier.rank(terms)) {
        if (score > (best.get(label) ?? -1)) best.set(label, score);
      }
    }
    return [...best].map(([label, score]) => ({ label, score })).sort((a, b) => b.score - a.score);
  }
}

/** Exact fits with more literal words are more specific: "stretch" beats "{routine}" for the word "stretch". */
function bySpecificity(a: Fit, b: Fit): number {
  return b.unresolvedWords === a.unresolvedWords
    ? b.template.literalWords - a.template.literalWords
    : a.unresolvedWords - b.unresolvedWords;
}

/** An unknown slot value of a few words inside a sample whose own words make up most of the utterance. */
function isPlausiblyLoose(fit: Fit, utteranceLength: number): boolean {
  return (
    fit.unresolvedWords > 0 &&
    fit.unresolvedWords <= 3 &&
    fit.template.literalWords >= utteranceLength / 2 &&
    fit.template.literalWords > 0
  );
}

interface Span {
  start: number;
  end: number;
  indexes: number[];
  recogniser: SlotRecogniser;
  reading: SlotReading;
}

/** Every span the recognisers read as a known value, leftmost first and longest first at each position. */
function findSpans(tokens: readonly string[], recognisers: readonly SlotRecogniser[]): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (let end = tokens.length; end > start; end -= 1) {
      for (const recogniser of recognisers) {
        if (end - start > recogniser.maxWords) continue;
        const reading = recogniser.read(tokens.slice(start, end));
        if (!reading) continue;
        const indexes = Array.from({ length: end - start }, (_, offset) => start + offset);
        spans.push({ start, end, indexes, recogniser, reading });
      }
    }
  }
  return spans;
}

/** Stemmed words with each recognised slot value replaced by its type's placeholder, longest value first. */
function collapse(tokens: readonly string[], recognisers: readonly SlotRecogniser[]): string[] {
  const spans = findSpans(tokens, recognisers);
  const terms: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const span = spans.find((candidate) => candidate.start === index);
    if (span) {
      terms.push(placeholder(span.recogniser.type));
      index = span.end;
    } else {
      terms.push(stem(tokens[index] ?? ''));
      index += 1;
    }
  }
  return terms;
}
