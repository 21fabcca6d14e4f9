import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PEOPLES_PHRASINGS } from './peoples-phrasings';
import { SampleRouter } from './sample-router';
import type { Intent, SlotType } from './skill-package';
import {
  INTERACTION_MODEL_PATH,
  SKILL_MANIFEST_PATH,
  SKILL_PACKAGE_DIR,
  normaliseUtterance,
  readInteractionModel,
  readJson,
  readSkillManifest,
  readText,
  slotReferences,
} from './skill-package';

/**
 * The interaction model and skill manifest, checked against the rules Alexa applies when it builds the model and
 * certifies the skill (https://developer.amazon.com/en-US/docs/alexa/custom-skills/create-the-interaction-model-for-your-skill.html),
 * and against what the skill's handlers rely on. One test per rule, so a failure names the rule it broke.
 */

const INVOCATION_NAME = 'back care coach';

/** Custom intents the handlers use, with the fewest samples each may have. */
const MIN_SAMPLES: Readonly<Record<string, number>> = {
  TightBackIntent: 40,
  WalkingIntent: 40,
  StretchGuideIntent: 40,
  TightBackCausesIntent: 20,
  UpperBackTightnessIntent: 20,
  UpperBackTensionIntent: 20,
  WalkingPainIntent: 20,
  WalkingSpasmsIntent: 20,
  StretchingBenefitsIntent: 20,
  ChiropractorIntent: 20,
  DailyHabitsIntent: 20,
  ExerciseWithBackPainIntent: 20,
  BeginnerFlexibilityIntent: 20,
  WarningSignsIntent: 20,
  LogWalkIntent: 20,
  UndoWalkIntent: 12,
  ProgressIntent: 20,
  TipIntent: 20,
  TodaysTipIntent: 12,
  ListRoutinesIntent: 12,
  HowManyLeftIntent: 12,
  TellMeMoreIntent: 12,
  SetHoldTimeIntent: 12,
  SetPaceIntent: 12,
};

/** Built-ins the skill supports; each lists the plain word a matcher trained only on this file must know. */
const BUILT_IN_WORDS: Readonly<Record<string, string | undefined>> = {
  'AMAZON.HelpIntent': 'help',
  'AMAZON.StopIntent': 'stop',
  'AMAZON.CancelIntent': 'cancel',
  'AMAZON.FallbackIntent': undefined,
  'AMAZON.NavigateHomeIntent': undefined,
  'AMAZON.YesIntent': 'yes',
  'AMAZON.NoIntent': 'no',
  'AMAZON.NextIntent': 'next',
  'AMAZON.PreviousIntent': undefined,
  'AMAZON.RepeatIntent': 'repeat',
  'AMAZON.PauseIntent': 'pause',
  'AMAZON.ResumeIntent': 'resume',
  'AMAZON.StartOverIntent': undefined,
};

/** The one intent Alexa lets go without samples. */
const MAY_HAVE_NO_SAMPLES = new Set(['AMAZON.FallbackIntent']);

/** Slots the handlers read, by intent. */
const HANDLER_SLOTS: Readonly<Record<string, { name: string; type: string }>> = {
  StretchGuideIntent: { name: 'routine', type: 'ROUTINE_NAME' },
  LogWalkIntent: { name: 'duration', type: 'AMAZON.DURATION' },
  SetHoldTimeIntent: { name: 'seconds', type: 'AMAZON.NUMBER' },
  SetPaceIntent: { name: 'pace', type: 'PACE' },
  SetReminderIntent: { name: 'time', type: 'AMAZON.TIME' },
};

/** Launch phrases, wake words and other words Alexa does not allow in an invocation name. */
const FORBIDDEN_INVOCATION_WORDS = [
  'alexa', 'amazon', 'echo', 'computer', 'ziggy', 'skill', 'app',
  'open', 'ask', 'start', 'launch', 'tell', 'load', 'begin', 'enable', 'run', 'play', 'use', 'resume',
];

const MAX_SAMPLE_LENGTH = 200;
/** Words that change nothing in meaning, so two samples differing only by them are one sample. */
const FILLERS = /\b(please|can you|could you|would you|will you|just)\b/g;
/** Share of people's phrasings the plain sample classifier must route right. */
const MIN_ROUTING_ACCURACY = 0.9;

const { languageModel } = readInteractionModel().interactionModel;
const intents = languageModel.intents;
const customTypes: SlotType[] = languageModel.types ?? [];
const intentByName = new Map(intents.map((intent) => [intent.name, intent]));
const manifest = readSkillManifest().manifest;
const listing = manifest.publishingInformation?.locales?.['en-US'] ?? {};

function intent(name: string): Intent {
  const found = intentByName.get(name);
  if (!found) throw new Error(`intent ${name} is missing from ${INTERACTION_MODEL_PATH}`);
  return found;
}

function customType(name: string): SlotType {
  const found = customTypes.find((type) => type.name === name);
  if (!found) throw new Error(`slot type ${name} is missing from ${INTERACTION_MODEL_PATH}`);
  return found;
}

/** Every sample with its intent; a malformed `samples` is left to the shape test to report. */
function allSamples(): { intent: string; sample: string }[] {
  return intents.flatMap((it) =>
    Array.isArray(it.samples) ? it.samples.map((sample) => ({ intent: it.name, sample: String(sample) })) : [],
  );
}

function withoutFillers(sample: string): string {
  return normaliseUtterance(sample).replace(FILLERS, ' ').replace(/\s+/g, ' ').trim();
}

/** Groups of samples that collide under `key`, as readable strings. */
function collisions(entries: { intent: string; sample: string }[], key: (sample: string) => string): string[] {
  const byKey = new Map<string, string[]>();
  for (const { intent: name, sample } of entries) {
    const k = key(sample);
    byKey.set(k, [...(byKey.get(k) ?? []), `${name}: "${sample}"`]);
  }
  return [...byKey.values()].filter((group) => group.length > 1).map((group) => group.join(' | '));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Everything about the raw file's shape that would make Alexa reject the model. */
function shapeProblems(raw: unknown): string[] {
  const model = isRecord(raw) && isRecord(raw.interactionModel) ? raw.interactionModel.languageModel : undefined;
  if (!isRecord(model)) return ['interactionModel.languageModel is not an object'];
  const problems: string[] = [];
  if (typeof model.invocationName !== 'string') problems.push('invocationName is not a string');
  if (!Array.isArray(model.intents)) return [...problems, 'intents is not an array'];
  for (const [i, it] of model.intents.entries()) problems.push(...intentShapeProblems(it, `intents[${i}]`));
  if (model.types !== undefined && !Array.isArray(model.types)) return [...problems, 'types is not an array'];
  for (const [i, type] of (model.types ?? []).entries()) problems.push(...typeShapeProblems(type, `types[${i}]`));
  return problems;
}

function intentShapeProblems(it: unknown, where: string): string[] {
  if (!isRecord(it) || typeof it.name !== 'string') return [`${where} has no name`];
  const problems: string[] = [];
  if (!/^(AMAZON\.[A-Za-z]+|[A-Za-z_]+)$/.test(it.name)) problems.push(`intent name ${it.name} is not allowed`);
  if (!Array.isArray(it.samples) || !it.samples.every((s) => typeof s === 'string')) {
    problems.push(`${it.name}.samples is not an array of strings`);
  }
  if (it.slots === undefined) return problems;
  if (!Array.isArray(it.slots)) return [...problems, `${it.name}.slots is not an array`];
  for (const [j, slot] of it.slots.entries()) {
    if (!isRecord(slot) || typeof slot.name !== 'string' || typeof slot.type !== 'string') {
      problems.push(`${it.name}.slots[${j}] needs a name and a type`);
    } else if (!/^[A-Za-z][A-Za-z_]*$/.test(slot.name)) {
      problems.push(`${it.name} slot name ${slot.name} is not allowed`);
    }
  }
  return problems;
}

function typeShapeProblems(type: unknown, where: string): string[] {
  if (!isRecord(type) || typeof type.name !== 'string') return [`${where} has no name`];
  if (!Array.isArray(type.values) || type.values.length === 0) return [`${type.name} has no values`];
  const problems: string[] = [];
  for (const [j, value] of type.values.entries()) {
    const name = isRecord(value) ? value.name : undefined;
    if (!isRecord(name) || typeof name.value !== 'string') {
      problems.push(`${type.name}.values[${j}].name.value is missing`);
    } else if (name.synonyms !== undefined && !(Array.isArray(name.synonyms) && name.synonyms.every((s) => typeof s === 'string'))) {
      problems.push(`${type.name}.values[${j}].name.synonyms is not an array of strings`);
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or undefined when the file is not a PNG. */
function pngSize(path: string): { width: number; height: number } | undefined {
  const bytes = readFileSync(path);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('interaction model', () => {
  it('has the shape Alexa accepts', () => {
    expect(shapeProblems(readJson(INTERACTION_MODEL_PATH))).toEqual([]);
  });

  it('is invoked as "back care coach"', () => {
    expect(languageModel.invocationName).toBe(INVOCATION_NAME);
  });

  it('has an invocation name Alexa accepts', () => {
    const name = languageModel.invocationName;
    const words = name.split(' ');
    expect(name).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(words.length).toBeGreaterThanOrEqual(2);
    expect(words.filter((word) => FORBIDDEN_INVOCATION_WORDS.includes(word))).toEqual([]);
  });

  it('defines every intent the skill handles', () => {
    const required = [...Object.keys(MIN_SAMPLES), ...Object.keys(BUILT_IN_WORDS), ...Object.keys(HANDLER_SLOTS)];
    expect([...new Set(required)].filter((name) => !intentByName.has(name))).toEqual([]);
  });

  it('defines each intent once', () => {
    const names = intents.map((it) => it.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('gives every intent except AMAZON.FallbackIntent samples', () => {
    const empty = intents.filter((it) => it.samples.length === 0 && !MAY_HAVE_NO_SAMPLES.has(it.name));
    expect(empty.map((it) => it.name)).toEqual([]);
  });

  it('gives each custom intent at least its minimum number of samples', () => {
    const short = Object.entries(MIN_SAMPLES)
      .filter(([name, min]) => (intentByName.get(name)?.samples.length ?? 0) < min)
      .map(([name, min]) => `${name}: ${intentByName.get(name)?.samples.length ?? 0} < ${min}`);
    expect(short).toEqual([]);
  });

  it('lists no utterance under two intents', () => {
    expect(collisions(allSamples(), normaliseUtterance)).toEqual([]);
  });

  it('lists no utterance under two intents even when fillers like "please" are dropped', () => {
    const crossIntent = collisions(allSamples(), withoutFillers).filter((group) => {
      const names = new Set(group.split(' | ').map((entry) => entry.slice(0, entry.indexOf(':'))));
      return names.size > 1;
    });
    expect(crossIntent).toEqual([]);
  });

  it('varies the samples of each intent beyond "please" and "can you"', () => {
    const repeats = intents.flatMap((it) =>
      collisions(it.samples.map((sample) => ({ intent: it.name, sample })), withoutFillers),
    );
    expect(repeats).toEqual([]);
  });

  it('uses only letters, spaces, apostrophes, abbreviation periods and slot references in samples', () => {
    const invalid = allSamples().filter(({ sample }) => {
      const text = sample.replace(/\{[A-Za-z][A-Za-z_]*\}/g, ' ');
      if (!/^[A-Za-z' .]+$/.test(text)) return true;
      return text.split(/\s+/).some((word) => word.includes('.') && !/^([A-Za-z]\.)+$|^[A-Za-z]{1,3}\.$/.test(word));
    });
    expect(invalid).toEqual([]);
  });

  it('writes numbers in samples as words', () => {
    expect(allSamples().filter(({ sample }) => /\d/.test(sample))).toEqual([]);
  });

  it(`keeps every sample within ${MAX_SAMPLE_LENGTH} characters`, () => {
    expect(allSamples().filter(({ sample }) => sample.length > MAX_SAMPLE_LENGTH)).toEqual([]);
  });

  it('has no blank samples or stray whitespace', () => {
    expect(allSamples().filter(({ sample }) => sample.trim() !== sample || /\s{2,}/.test(sample) || sample === '')).toEqual([]);
  });

  it('has no sample that is only a slot or a slot and one word', () => {
    const bare = allSamples().filter(({ sample }) => {
      if (slotReferences(sample).length === 0) return false;
      const words = sample.replace(/\{[^{}]*\}/g, ' ').trim().split(/\s+/).filter(Boolean);
      return words.length < 2;
    });
    expect(bare).toEqual([]);
  });

  it('declares on the intent every slot its samples use', () => {
    const undeclared = intents.flatMap((it) => {
      const declared = new Set((it.slots ?? []).map((slot) => slot.name));
      return it.samples
        .filter((sample) => slotReferences(sample).some((slot) => !declared.has(slot)))
        .map((sample) => `${it.name}: "${sample}"`);
    });
    expect(undeclared).toEqual([]);
  });

  it('uses every declared slot in some sample', () => {
    const unused = intents.flatMap((it) =>
      (it.slots ?? [])
        .filter((slot) => !it.samples.some((sample) => slotReferences(sample).includes(slot.name)))
        .map((slot) => `${it.name}.${slot.name}`),
    );
    expect(unused).toEqual([]);
  });

  it('gives every slot a built-in type or a declared custom type', () => {
    const declaredTypes = new Set(customTypes.map((type) => type.name));
    const unknown = intents.flatMap((it) =>
      (it.slots ?? [])
        .filter((slot) => !slot.type.startsWith('AMAZON.') && !declaredTypes.has(slot.type))
        .map((slot) => `${it.name}.${slot.name}: ${slot.type}`),
    );
    expect(unknown).toEqual([]);
  });

  it('uses every custom slot type it declares', () => {
    const used = new Set(intents.flatMap((it) => (it.slots ?? []).map((slot) => slot.type)));
    expect(customTypes.filter((type) => !used.has(type.name)).map((type) => type.name)).toEqual([]);
  });

  it('gives every custom slot value an id', () => {
    const missing = customTypes.flatMap((type) =>
      type.values.filter((value) => !value.id || value.id.trim() === '').map((value) => `${type.name}: ${value.name.value}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps slot ids, values and synonyms unique within each type', () => {
    const repeats = customTypes.flatMap((type) => {
      const ids = type.values.map((value) => value.id ?? '');
      const words = type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])]).map(normaliseUtterance);
      return [
        ...ids.filter((id, i) => ids.indexOf(id) !== i).map((id) => `${type.name} id ${id}`),
        ...words.filter((word, i) => words.indexOf(word) !== i).map((word) => `${type.name} value ${word}`),
      ];
    });
    expect(repeats).toEqual([]);
  });

  it('declares the slots the handlers read, with their types', () => {
    const wrong = Object.entries(HANDLER_SLOTS)
      .filter(([name, wanted]) => !intent(name).slots?.some((slot) => slot.name === wanted.name && slot.type === wanted.type))
      .map(([name, wanted]) => `${name}.${wanted.name}: ${wanted.type}`);
    expect(wrong).toEqual([]);
  });

  it('resolves routine names to the ids the skill reads', () => {
    const idOf = (said: string): string | undefined =>
      customType('ROUTINE_NAME').values.find((value) =>
        [value.name.value, ...(value.name.synonyms ?? [])].map(normaliseUtterance).includes(said),
      )?.id;
    expect(customType('ROUTINE_NAME').values.map((value) => value.id).sort()).toEqual(['lower-back', 'quick', 'upper-back-neck']);
    expect(['lower back', 'lumbar', 'back pain'].map(idOf)).toEqual(['lower-back', 'lower-back', 'lower-back']);
    expect(['upper back and neck', 'neck', 'desk tension'].map(idOf)).toEqual(['upper-back-neck', 'upper-back-neck', 'upper-back-neck']);
    expect(['quick', 'two minute', 'beginner'].map(idOf)).toEqual(['quick', 'quick', 'quick']);
  });

  it('resolves paces to slow and normal', () => {
    const idOf = (said: string): string | undefined =>
      customType('PACE').values.find((value) => [value.name.value, ...(value.name.synonyms ?? [])].includes(said))?.id;
    expect(customType('PACE').values.map((value) => value.id).sort()).toEqual(['normal', 'slow']);
    expect(['slow', 'slower', 'more slowly', 'gentle'].map(idOf)).toEqual(['slow', 'slow', 'slow', 'slow']);
    expect(['normal', 'regular', 'faster', 'standard'].map(idOf)).toEqual(['normal', 'normal', 'normal', 'normal']);
  });

  it('starts a stretch both with and without a routine name', () => {
    const samples = intent('StretchGuideIntent').samples;
    expect(samples.filter((sample) => sample.includes('{routine}')).length).toBeGreaterThanOrEqual(10);
    expect(samples.filter((sample) => !sample.includes('{routine}')).length).toBeGreaterThanOrEqual(10);
  });

  it('logs a walk both with and without a duration', () => {
    const samples = intent('LogWalkIntent').samples;
    expect(samples.filter((sample) => sample.includes('{duration}')).length).toBeGreaterThanOrEqual(10);
    expect(samples.filter((sample) => !sample.includes('{duration}')).length).toBeGreaterThanOrEqual(3);
  });

  it('teaches the built-ins their plain words', () => {
    const missing = Object.entries(BUILT_IN_WORDS)
      .filter(([name, word]) => word !== undefined && !intent(name).samples.map(normaliseUtterance).includes(word))
      .map(([name, word]) => `${name}: ${word}`);
    expect(missing).toEqual([]);
  });

  describe('routing with a classifier trained only on the samples', () => {
    let router: SampleRouter;
    beforeAll(() => {
      router = new SampleRouter(languageModel);
    });

    it.each([
      ['what helps a tight back', 'TightBackIntent'],
      ['what to do for a tight back', 'TightBackIntent'],
      ['what can I do for my tight back', 'TightBackIntent'],
      ['why is my back so tight', 'TightBackCausesIntent'],
      ['why is my upper back tight', 'UpperBackTightnessIntent'],
      ['how do I loosen my upper back', 'UpperBackTensionIntent'],
      ['is walking good for my back', 'WalkingIntent'],
      ['is walking good for back spasms', 'WalkingSpasmsIntent'],
      ['why does my back hurt when I walk', 'WalkingPainIntent'],
      ['is stretching good for back pain', 'StretchingBenefitsIntent'],
      ['how do I stretch my back', 'StretchGuideIntent'],
      ["let's do the lumbar routine", 'StretchGuideIntent'],
      ['what causes tight muscles in back', 'TightBackCausesIntent'],
      ['can a chiropractor hurt your back', 'ChiropractorIntent'],
      ['how do I get my back to stop hurting', 'DailyHabitsIntent'],
      ['should I workout if my back hurts', 'ExerciseWithBackPainIntent'],
      ['how do beginners improve back flexibility', 'BeginnerFlexibilityIntent'],
      ['my legs feel numb and my back hurts', 'NerveSignsIntent'],
      ['I walked for forty minutes', 'LogWalkIntent'],
      ['can we go slower', 'SetPaceIntent'],
      ['hold each stretch for thirty seconds', 'SetHoldTimeIntent'],
      ['remind me to do my stretches every morning at seven', 'SetReminderIntent'],
      ['set a stretch reminder for nine pm', 'SetReminderIntent'],
      ['move my reminder to half past six', 'SetReminderIntent'],
      ["don't remind me anymore", 'CancelReminderIntent'],
      ['cancel my reminder', 'CancelReminderIntent'],
      ['when is my reminder', 'ReminderTimeIntent'],
    ])('sends "%s" to %s', (utterance, expected) => {
      expect(router.route(utterance)).toBe(expected);
    });

    it("routes most of people's own phrasings to the right intent", () => {
      const cases = Object.entries(PEOPLES_PHRASINGS).flatMap(([expected, phrases]) =>
        phrases.map((phrase) => ({ phrase, expected })),
      );
      const misrouted = cases
        .map(({ phrase, expected }) => ({ phrase, expected, got: router.route(phrase) }))
        .filter(({ expected, got }) => got !== expected);
      const accuracy = 1 - misrouted.length / cases.length;
      if (accuracy < MIN_ROUTING_ACCURACY) {
        throw new Error(
          `routed ${(accuracy * 100).toFixed(1)}% right, below ${MIN_ROUTING_ACCURACY * 100}%. Misrouted:\n` +
            misrouted.map(({ phrase, expected, got }) => `  "${phrase}" -> ${got}, expected ${expected}`).join('\n'),
        );
      }
    });

    it("keeps people's own phrasings out of the samples", () => {
      const samples = new Set(allSamples().map(({ sample }) => normaliseUtterance(sample)));
      const copied = Object.values(PEOPLES_PHRASINGS)
        .flat()
        .filter((phrase) => samples.has(normaliseUtterance(phrase)));
      expect(copied).toEqual([]);
    });

    it("names only intents the model defines in people's phrasings", () => {
      expect(Object.keys(PEOPLES_PHRASINGS).filter((name) => !intentByName.has(name))).toEqual([]);
    });
  });
});

describe('skill manifest', () => {

  it('uses manifest version 1.0', () => {
    expect(manifest.manifestVersion).toBe('1.0');
  });

  it('names the skill Back Care Coach', () => {
    expect(listing.name).toBe('Back Care Coach');
  });

  it('lists the skill under health and fitness', () => {
    expect(manifest.publishingInformation?.category).toBe('HEALTH_AND_FITNESS');
  });

  it('says the skill is no substitute for medical advice and when to see a doctor', () => {
    expect(listing.description).toMatch(/not a substitute for professional medical advice/i);
    expect(listing.description).toMatch(/see a doctor/i);
    expect(listing.description).toMatch(/severe/i);
  });

  it('keeps the listing text within the store limits', () => {
    expect(listing.summary?.length ?? 0).toBeGreaterThan(0);
    expect(listing.summary?.length ?? 0).toBeLessThanOrEqual(160);
    expect(listing.description?.length ?? 0).toBeLessThanOrEqual(4000);
    expect(listing.keywords?.length ?? 0).toBeGreaterThan(0);
    expect(listing.keywords?.length ?? 0).toBeLessThanOrEqual(30);
    expect(manifest.publishingInformation?.testingInstructions?.length ?? 0).toBeGreaterThan(0);
  });

  it('links a privacy policy and terms of use over https', () => {
    const urls = manifest.privacyAndCompliance?.locales?.['en-US'];
    expect(urls?.privacyPolicyUrl).toMatch(/^https:\/\/\S+$/);
    expect(urls?.termsOfUseUrl).toMatch(/^https:\/\/\S+$/);
  });

  it('declares no purchases, personal information, ads or child audience, and export compliance', () => {
    expect(manifest.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: false,
      isChildDirected: false,
      isExportCompliant: true,
      containsAds: false,
    });
  });

  it('asks for the reminders permission, which the daily stretch reminder needs, and no other', () => {
    expect(manifest.permissions).toEqual([{ name: 'alexa::alerts:reminders:skill:readwrite' }]);
  });

  it('subscribes to SKILL_DISABLED so disabling the skill deletes the data', () => {
    expect(manifest.events?.subscriptions?.map((s) => s.eventName)).toContain('SKILL_DISABLED');
  });

  it('has no endpoint and no AWS account id, which the deploy tooling injects', () => {
    expect(manifest.apis?.custom).toBeDefined();
    expect(manifest.apis?.custom?.endpoint).toBeUndefined();
    expect(manifest.events?.endpoint).toBeUndefined();
    for (const path of [SKILL_MANIFEST_PATH, INTERACTION_MODEL_PATH]) {
      const text = readText(path);
      expect(text).not.toMatch(/arn:aws/);
      expect(text).not.toMatch(/\b\d{12}\b/);
    }
  });

  it('declares APL, so Echo Show devices send it and show the screens, on round and landscape hubs and TVs', () => {
    const apl = manifest.apis?.custom?.interfaces?.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
    const viewports = (apl?.supportedViewports ?? []).map(({ mode, shape }) => `${mode} ${shape}`);
    expect(viewports).toEqual(expect.arrayContaining(['HUB ROUND', 'HUB RECTANGLE', 'TV RECTANGLE']));
  });

  it('has exactly three example phrases, the first one opening the skill', () => {
    expect(listing.examplePhrases).toHaveLength(3);
    expect(listing.examplePhrases?.[0]).toBe(`Alexa, open ${INVOCATION_NAME}`);
  });

  it('takes the utterance of each one-shot example phrase verbatim from the samples', () => {
    const allSampleTexts = new Set(allSamples().map(({ sample }) => normaliseUtterance(sample)));
    const oneShots = (listing.examplePhrases ?? []).slice(1);
    const notSamples = oneShots.filter((phrase) => {
      const match = new RegExp(`^Alexa, ask ${INVOCATION_NAME} (?:to )?(.+?)[.?!]?$`, 'i').exec(phrase);
      return !match?.[1] || !allSampleTexts.has(normaliseUtterance(match[1]));
    });
    expect(oneShots).toHaveLength(2);
    expect(notSamples).toEqual([]);
  });

  it.each([
    ['smallIconUri', 108],
    ['largeIconUri', 512],
  ] as const)('points %s at a %ipx square PNG in the skill package', (field, size) => {
    const uri = listing[field] ?? '';
    expect(uri).toMatch(/^file:\/\/assets\/images\/.+\.png$/);
    const path = join(SKILL_PACKAGE_DIR, uri.replace(/^file:\/\//, ''));
    expect(existsSync(path)).toBe(true);
    expect(pngSize(path)).toEqual({ width: size, height: size });
  });
});
