import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Reads the ASK CLI skill package (`skill-package/`) the way the model tests need it.
 * Shapes follow the interaction model schema:
 * https://developer.amazon.com/en-US/docs/alexa/smapi/interaction-model-schema.html
 * and the skill manifest schema:
 * https://developer.amazon.com/en-US/docs/alexa/smapi/skill-manifest.html
 */

export const SKILL_PACKAGE_DIR = join(__dirname, '..', '..', 'skill-package');
export const INTERACTION_MODEL_PATH = join(SKILL_PACKAGE_DIR, 'interactionModels', 'custom', 'en-US.json');
export const SKILL_MANIFEST_PATH = join(SKILL_PACKAGE_DIR, 'skill.json');

export interface SlotTypeValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}

export interface SlotType {
  name: string;
  values: SlotTypeValue[];
}

export interface IntentSlot {
  name: string;
  type: string;
}

export interface Intent {
  name: string;
  slots?: IntentSlot[];
  samples: string[];
}

export interface LanguageModel {
  invocationName: string;
  intents: Intent[];
  types?: SlotType[];
}

export interface InteractionModelFile {
  interactionModel: { languageModel: LanguageModel };
}

export interface LocaleListing {
  name?: string;
  summary?: string;
  description?: string;
  examplePhrases?: string[];
  keywords?: string[];
  smallIconUri?: string;
  largeIconUri?: string;
}

export interface SkillManifestFile {
  manifest: {
    manifestVersion?: string;
    publishingInformation?: {
      locales?: Record<string, LocaleListing>;
      category?: string;
      distributionCountries?: string[];
      isAvailableWorldwide?: boolean;
      testingInstructions?: string;
    };
    privacyAndCompliance?: {
      allowsPurchases?: boolean;
      usesPersonalInfo?: boolean;
      isChildDirected?: boolean;
      isExportCompliant?: boolean;
      containsAds?: boolean;
      locales?: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
    };
    apis?: { custom?: { endpoint?: unknown; interfaces?: { type: string; supportedViewports?: { mode: string; shape: string }[] }[] } };
    events?: { endpoint?: unknown; subscriptions?: { eventName: string }[] };
    permissions?: { name: string }[];
  };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Raw JSON as it arrives; the shape tests validate it before the typed views are trusted. */
export function readJson(path: string): unknown {
  return JSON.parse(readText(path)) as unknown;
}

export function readInteractionModel(): InteractionModelFile {
  return readJson(INTERACTION_MODEL_PATH) as InteractionModelFile;
}

export function readSkillManifest(): SkillManifestFile {
  return readJson(SKILL_MANIFEST_PATH) as SkillManifestFile;
}

/** `{slot}` references in a sample, in order. */
export function slotReferences(sample: string): string[] {
  return [...sample.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
}

/** How Alexa compares utterances for conflicts: case and runs of whitespace do not matter; slot names do. */
export function normaliseUtterance(sample: string): string {
  return sample.toLowerCase().replace(/\s+/g, ' ').trim();
}
