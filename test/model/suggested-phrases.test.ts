import * as path from 'node:path';
import { FALLBACK, HELP, STRETCH, WALK, WELCOME } from '../../lambda/content/prompts';
import { EN_US_MODEL_PATH, loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';

/**
 * Every phrase the skill tells people to say must reach the intent it promises, through a matcher built only from
 * the interaction model. A prompt that suggests words the model routes elsewhere sends the user in circles.
 */
const nlu = new Nlu(loadInteractionModel(path.join(__dirname, '../..', EN_US_MODEL_PATH)));

const SUGGESTED: ReadonlyArray<readonly [phrase: string, intent: string, saidIn: string]> = [
  ['guide me through a stretch', 'StretchGuideIntent', WELCOME.menu],
  ['give me a tip', 'TipIntent', WELCOME.menu],
  ['what helps a tight back', 'TightBackIntent', WELCOME.menu],
  ['let’s do the upper back and neck routine', 'StretchGuideIntent', HELP.general],
  ['is walking good for back pain', 'WalkingIntent', HELP.general],
  ['what causes upper back tightness', 'UpperBackTightnessIntent', HELP.general],
  ['I walked for twenty minutes', 'LogWalkIntent', HELP.general],
  ['how am I doing', 'ProgressIntent', HELP.general],
  ['is stretching good for back pain', 'StretchingBenefitsIntent', FALLBACK.general],
  ['the lower back routine', 'StretchGuideIntent', STRETCH.routinesReprompt],
  ['the quick routine', 'StretchGuideIntent', STRETCH.routinesReprompt],
  ['twenty minutes', 'LogWalkIntent', WALK.askDurationReprompt],
  ['hold for thirty seconds', 'SetHoldTimeIntent', HELP.duringStretch(1, 7, 'knee to chest')],
  ['tell me more', 'TellMeMoreIntent', HELP.duringStretch(1, 7, 'knee to chest')],
  ['next', 'AMAZON.NextIntent', STRETCH.handOff('cat and cow')],
  ['repeat', 'AMAZON.RepeatIntent', STRETCH.handOffReprompt('cat and cow')],
  ['stop', 'AMAZON.StopIntent', STRETCH.handOffReprompt('cat and cow')],
  ['start over', 'AMAZON.StartOverIntent', STRETCH.finishedAlready('quick')],
  ['resume', 'AMAZON.ResumeIntent', STRETCH.paused('cat and cow', true)],
  ['pause', 'AMAZON.PauseIntent', STRETCH.controls],
];

test.each(SUGGESTED)('"%s" reaches %s', (phrase, intent, saidIn) => {
  expect(saidIn.toLowerCase().replace(/’/g, "'")).toContain(phrase.toLowerCase().replace(/’/g, "'"));
  expect(nlu.understand(phrase.replace(/’/g, "'")).intent).toBe(intent);
});
