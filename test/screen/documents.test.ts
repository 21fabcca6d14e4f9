import { ANSWERS, TOPICS } from '../../lambda/content/answers';
import { ROUTINE_IDS, ROUTINES } from '../../lambda/content/routines';
import { answerData, firstSentence, homeData, stepData } from '../../lambda/screen/datasources';
import { DOCUMENTS, renderDocument } from '../../lambda/screen/render';
import { restingStep, type View } from '../../lambda/screen/view';
import { readSessionState } from '../../lambda/session/state';
import { aplProblems, APL_COMMANDS, APL_COMPONENTS, typesUsed } from '../fixtures/apl';

/** A session's state with the preferences of `attributes`, as the skill reads it from a request. */
const session = (attributes: Record<string, unknown> = {}) => readSessionState(attributes);

/** Every kind of screen the skill can show, once each. */
const VIEWS: readonly [string, View][] = [
  ['home with the day’s tip', { kind: 'home', tip: 'Stand tall.' }],
  ['home without a tip', { kind: 'home' }],
  ['a step counting its hold down', { ...restingStep({ routineId: 'lower-back', step: 1 }, session()), holdStartsAfterSeconds: 12.4 }],
  ['a step at rest', restingStep({ routineId: 'quick', step: 0 }, session({ preferences: { holdSeconds: 45, pace: 'slow' } }))],
  ['a paused step', restingStep({ routineId: 'upper-back-neck', step: 6 }, session(), true)],
  ['an answer', { kind: 'answer', title: ANSWERS.walking.title, text: ANSWERS.walking.text }],
  ['a safety answer', { kind: 'answer', title: 'Call 911 now', text: 'Chest pain needs help right away.', urgent: true }],
];

describe('the screens’ APL documents', () => {
  test.each(VIEWS)('%s passes Alexa’s APL linter with no message, datasources included', async (_, view) => {
    expect(await aplProblems(renderDocument(view) as Parameters<typeof aplProblems>[0])).toEqual([]);
  });

  test.each(Object.entries(DOCUMENTS))('the %s document uses only component and command types APL defines', (_, document) => {
    const { components, commands } = typesUsed(document);
    expect(components.length).toBeGreaterThan(0);
    expect(components.filter((type) => !APL_COMPONENTS.has(type))).toEqual([]);
    expect(commands.filter((type) => !APL_COMMANDS.has(type))).toEqual([]);
  });

  test.each(Object.entries(DOCUMENTS))('the %s document imports no package, so a device and the linter need nothing from the network', (_, document) => {
    expect(document).not.toHaveProperty('import');
  });

  test('the checks find what is wrong: a property APL does not have, a component or command APL does not define', async () => {
    const document = {
      type: 'APL',
      version: '1.6',
      mainTemplate: {
        parameters: ['payload'],
        item: { type: 'Container', items: [{ type: 'Text', text: 'hi', blink: true }, { type: 'Txt', onPress: [{ type: 'Blink' }] }] },
      },
    };
    const problems = await aplProblems({ document, datasources: {} });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('blink'), 'unknown component Txt', 'unknown command Blink']),
    );
  });

  test.each(Object.entries(DOCUMENTS))('the %s document holds no words of its own: every text comes from its datasource', (_, document) => {
    const texts = JSON.stringify(document).match(/"text":"[^"]*"/g) ?? [];
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toMatch(/^"text":"\$\{[^}]*\}( · \$\{[^}]*\})?"$/);
  });

  test('on a landscape hub or TV and on a round hub, three routines (or buttons) side by side fit inside the padding', () => {
    const [landscape, round] = DOCUMENTS.home.resources;
    // On a round hub width and height are equal, so a vh there is a vw.
    const size = (dimension: string) => Number(/^([\d.]+)v[wh]$/.exec(dimension)![1]);
    for (const { dimensions, strings } of [landscape, { ...landscape, ...round, dimensions: { ...landscape.dimensions, ...round.dimensions } }]) {
      const inner = 100 - 2 * size(dimensions.sidePadding);
      const routines = strings.routineDirection === 'row' ? 3 * size(dimensions.routineWidth) + 2 * size(dimensions.gap) : size(dimensions.routineWidth);
      expect(routines).toBeLessThanOrEqual(inner);
      expect(3 * size(dimensions.buttonWidth) + 2 * size(dimensions.gap)).toBeLessThanOrEqual(inner);
    }
    expect(round.when).toBe("${viewport.shape == 'round'}");
  });

  test('touch targets send what the skill reads as touches: a routine by id, next, previous, pause, resume', () => {
    const events = JSON.stringify(DOCUMENTS).match(/"arguments":\[[^\]]*\]/g);
    expect(events).toEqual(['"arguments":["routine","${data.id}"]', '"arguments":["${data.event}"]']);
    expect(homeData().home.routines.map((routine) => routine.id)).toEqual([...ROUTINE_IDS]);
    const buttons = (paused: boolean) => stepData(restingStep({ routineId: 'quick', step: 1 }, session(), paused)).step.buttons;
    expect(buttons(false).map((button) => button.event)).toEqual(['previous', 'pause', 'next']);
    expect(buttons(true).map((button) => button.event)).toEqual(['previous', 'resume', 'next']);
  });
});

describe('the screens’ datasources', () => {
  test('home lists every routine with its minutes and where it is done, and the tip only when one is said', () => {
    expect(homeData('Stand tall.').home).toMatchObject({
      title: 'Back Care Coach',
      tip: 'Stand tall.',
      routines: [
        { id: 'lower-back', name: 'Lower back', detail: '6 min · on the floor' },
        { id: 'upper-back-neck', name: 'Upper back and neck', detail: '5 min · in a chair' },
        { id: 'quick', name: 'Quick two minute', detail: '2 min · on the floor' },
      ],
    });
    expect(homeData().home.tip).toBe('');
  });

  test('a step counts down only when its hold is narrated, from the hold’s seconds, starting when the hold does', () => {
    const resting = restingStep({ routineId: 'lower-back', step: 5 }, session({ preferences: { holdSeconds: 40 } }));
    expect(stepData(resting).step).toMatchObject({
      routine: 'Lower back routine',
      count: 'Stretch 6 of 7',
      stretch: 'cat and cow',
      position: ROUTINES['lower-back'].steps[5]!.shortPosition,
      holdSeconds: 40,
      holdLabel: 'Keep going',
      release: 'And release',
      countdown: false,
    });
    const counting = stepData({ ...resting, holdStartsAfterSeconds: 17.28 }).step;
    expect(counting).toMatchObject({ countdown: true, holdStartsAfterMs: 17280 });
  });

  test.each(TOPICS)('the %s answer shows its title and its first sentence', (topic) => {
    const { title, text } = ANSWERS[topic];
    const { answer } = answerData({ kind: 'answer', title, text });
    expect(answer.title).toBe(title);
    expect(text.startsWith(answer.summary)).toBe(true);
    expect(answer.summary).toMatch(/[.!?]$/);
    expect(answer.summary.length).toBeLessThan(text.length);
    expect(answer.urgent).toBe(false);
  });

  test('a summary is the first sentence, whatever punctuation ends it', () => {
    expect(firstSentence('Call 911 now. Then sit down.')).toBe('Call 911 now.');
    expect(firstSentence('Is it bad? Not usually.')).toBe('Is it bad?');
    expect(firstSentence('About 2.5 hours a week. Then rest.')).toBe('About 2.5 hours a week.');
    expect(firstSentence('No full stop')).toBe('No full stop');
  });
});
