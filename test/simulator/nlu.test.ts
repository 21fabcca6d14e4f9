import path from 'node:path';
import { loadInteractionModel, parseInteractionModel } from '../../simulator/interaction-model';
import { FALLBACK_INTENT, Nlu } from '../../simulator/nlu';

const FIXTURE = path.join(__dirname, 'fixtures', 'en-US.model.json');
const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const nlu = new Nlu(loadInteractionModel(FIXTURE), { skillId: SKILL_ID });

/** The resolution Alexa attaches to a custom slot, as the skill reads it. */
function resolutionOf(utterance: string, slot: string) {
  return nlu.understand(utterance).slots[slot]?.resolutions?.resolutionsPerAuthority?.[0];
}

describe('NLU: exact samples', () => {
  it('matches a sample whatever the case and punctuation', () => {
    expect(nlu.understand('My back is TIGHT!')).toMatchObject({
      intent: 'TightBackIntent',
      matchedBy: 'sample',
      sample: 'my back is tight',
      slots: {},
    });
  });

  it('matches samples with contractions either way round', () => {
    expect(nlu.understand("I'm done").intent).toBe('AMAZON.StopIntent');
    expect(nlu.understand('I am done').intent).toBe('AMAZON.StopIntent');
    expect(nlu.understand('im done').intent).toBe('AMAZON.StopIntent');
  });

  it('hears a built-in intent the model declares by its own name', () => {
    expect(nlu.understand('start over')).toMatchObject({ intent: 'AMAZON.StartOverIntent', matchedBy: 'sample' });
    expect(nlu.understand('cancel').intent).toBe('AMAZON.CancelIntent');
    expect(nlu.understand('no').intent).toBe('AMAZON.NoIntent');
  });

  it('prefers a sample made of words to a sample made of a slot', () => {
    expect(nlu.understand('next stretch')).toMatchObject({ intent: 'AMAZON.NextIntent', sample: 'next stretch' });
  });

  it('sends every slot the intent defines, empty when not heard', () => {
    expect(nlu.understand('I walked for twenty minutes').slots).toEqual({ duration: { value: 'PT20M' }, pace: {} });
    expect(nlu.understand('start a stretch').slots).toEqual({ routine: {} });
  });
});

describe('NLU: custom slot types', () => {
  it('resolves a value to its id, as Alexa entity resolution does', () => {
    const understood = nlu.understand('start the lower back routine');
    expect(understood).toMatchObject({ intent: 'StretchGuideIntent', sample: 'start the {routine} routine' });
    expect(understood.slots.routine).toEqual({
      value: 'lower back',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.${SKILL_ID}.ROUTINE_NAME`,
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: 'lower back', id: 'LOWER_BACK' } }],
          },
        ],
      },
    });
  });

  it('keeps the words as heard and resolves a synonym to its value', () => {
    const understood = nlu.understand('Start the LUMBAR routine');
    expect(understood.slots.routine?.value).toBe('lumbar');
    expect(resolutionOf('start the lumbar routine', 'routine')?.values[0]?.value).toEqual({
      name: 'lower back',
      id: 'LOWER_BACK',
    });
  });

  it('takes the longest synonym that fits', () => {
    expect(nlu.understand('do the neck and shoulders stretches').slots.routine?.value).toBe('neck and shoulders');
    expect(resolutionOf('do the neck and shoulders stretches', 'routine')?.values[0]?.value.id).toBe('UPPER_BACK');
  });

  it('matches plural and singular forms of a value', () => {
    expect(resolutionOf('stretches for my desk breaks', 'routine')?.values[0]?.value.id).toBe('DESK');
  });

  it('passes an unknown value through with no match, as Alexa does for custom types', () => {
    const understood = nlu.understand('start the banana routine');
    expect(understood.intent).toBe('StretchGuideIntent');
    expect(understood.slots.routine?.value).toBe('banana');
    expect(resolutionOf('start the banana routine', 'routine')).toMatchObject({
      status: { code: 'ER_SUCCESS_NO_MATCH' },
      values: [],
    });
  });

  it('fills two slots of different types from one sample', () => {
    const understood = nlu.understand('I went for a fast walk for an hour and a half');
    expect(understood.intent).toBe('LogWalkIntent');
    expect(understood.slots.duration).toEqual({ value: 'PT1H30M' });
    expect(understood.slots.pace?.value).toBe('fast');
    expect(resolutionOf('I went for a fast walk for an hour and a half', 'pace')?.values[0]?.value).toEqual({
      name: 'brisk',
      id: 'BRISK',
    });
  });
});

describe('NLU: numbers and durations', () => {
  it.each([
    ['hold each stretch for thirty five seconds', '35'],
    ['hold each stretch for 40 seconds', '40'],
    ['set the hold time to a hundred', '100'],
    ['make holds twenty seconds', '20'],
  ])('fills AMAZON.NUMBER from "%s"', (utterance, value) => {
    expect(nlu.understand(utterance)).toMatchObject({ intent: 'SetHoldTimeIntent', slots: { seconds: { value } } });
  });

  it.each([
    ['I walked for twenty minutes', 'PT20M'],
    ['I walked for an hour', 'PT1H'],
    ['I walked for half an hour', 'PT30M'],
    ['I walked for an hour and a half', 'PT1H30M'],
    ['I walked for forty five minutes', 'PT45M'],
    ['I walked for 25 minutes', 'PT25M'],
    ['log a ten minute walk', 'PT10M'],
  ])('fills AMAZON.DURATION from "%s"', (utterance, value) => {
    expect(nlu.understand(utterance)).toMatchObject({ intent: 'LogWalkIntent', slots: { duration: { value } } });
  });

  it('does not fill a number slot with words that are not a number', () => {
    expect(nlu.understand('hold each stretch for many seconds').matchedBy).not.toBe('sample');
  });
});

describe('NLU: phrasings that are not samples', () => {
  it('finds the closest intent by similarity', () => {
    expect(nlu.understand('my back is super stiff what can I do')).toMatchObject({
      intent: 'TightBackIntent',
      matchedBy: 'similarity',
    });
  });

  it('fills slots it can read when the intent is found by similarity', () => {
    expect(nlu.understand('I walked half an hour')).toMatchObject({
      intent: 'LogWalkIntent',
      matchedBy: 'similarity',
      slots: { duration: { value: 'PT30M' } },
    });
    expect(nlu.understand('please hold every stretch for thirty seconds')).toMatchObject({
      intent: 'SetHoldTimeIntent',
      slots: { seconds: { value: '30' } },
    });
  });

  it.each(['what is the capital of france', 'play some jazz', 'order a pizza', 'blah blah'])(
    'sends "%s" to AMAZON.FallbackIntent',
    (utterance) => {
      expect(nlu.understand(utterance)).toMatchObject({ intent: FALLBACK_INTENT, matchedBy: 'fallback', slots: {} });
    },
  );

  it('ranks every intent for tuning', () => {
    const ranked = nlu.rankIntents('is walking good for my back');
    expect(ranked[0]?.label).toBe('WalkingIntent');
    expect(ranked.map((entry) => entry.score)).toEqual([...ranked.map((entry) => entry.score)].sort((a, b) => b - a));
  });
});

describe('interaction model file', () => {
  it('names what is wrong with a malformed model', () => {
    expect(() => parseInteractionModel({})).toThrow('missing interactionModel.languageModel');
    expect(() =>
      parseInteractionModel({
        interactionModel: { languageModel: { invocationName: 'x', intents: [{ name: 'A', samples: [1] }] } },
      }),
    ).toThrow('A.samples must be a list of strings');
  });

  it('names the file it could not read', () => {
    expect(() => loadInteractionModel('/nowhere/en-US.json')).toThrow(/could not read the interaction model \/nowhere\/en-US.json/);
  });

  it('gives a slot value without an id its own value as id', () => {
    const model = parseInteractionModel({
      interactionModel: {
        languageModel: {
          invocationName: 'Back Care Coach',
          intents: [],
          types: [{ name: 'T', values: [{ name: { value: 'easy' } }] }],
        },
      },
    });
    expect(model.invocationName).toBe('back care coach');
    expect(model.types[0]?.values[0]).toEqual({ id: 'easy', value: 'easy', synonyms: [] });
  });
});
