import path from 'node:path';
import { Conversation } from '../../simulator/conversation';
import { device, newId, VIEWPORTS, type Viewport } from '../../simulator/envelopes';
import { EN_US_MODEL_PATH, loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

const nlu = new Nlu(loadInteractionModel(path.join(__dirname, '..', '..', EN_US_MODEL_PATH)));

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

/** The simulator on the real skill, as `npm start -- --screen` runs it (or on a speaker without `screen`). */
function simulator(screen?: Viewport) {
  const conversation = new Conversation({
    skill: (request) => skill.invoke(request),
    nlu,
    invocationName: 'back care coach',
    device: device({ userId: newId('amzn1.ask.account.sim'), screen }),
  });
  return async (...lines: string[]): Promise<string[]> => {
    const printed: string[] = [];
    for (const line of lines) printed.push(...(await conversation.say(line)));
    return printed;
  };
}

const screenLines = (printed: readonly string[]) => printed.filter((line) => /^ {2}\[(screen|touch): /.test(line));

describe('the simulator with a screen', () => {
  test('prints what the screen shows in short, and a routine started by touch counts each hold down', async () => {
    const talk = simulator(VIEWPORTS.landscapeHub);

    const printed = await talk('open back care coach', 'touch quick routine', 'touch next', 'touch pause', 'touch resume');

    expect(screenLines(printed)).toEqual([
      expect.stringMatching(/^ {2}\[screen: Back Care Coach — Lower back \(6 min · on the floor\), Upper back and neck \(5 min · in a chair\), Quick two minute \(2 min · on the floor\) — Today’s tip: .+\]$/),
      '  [touch: lower back | upper back and neck | quick two minute]',
      '  [screen: Stretch 1 of 4 — double knee to chest — 0:30 countdown]',
      '  [touch: back | pause | next]',
      '  [screen: Stretch 2 of 4 — lower back rotation, left side — 0:20 countdown]',
      '  [touch: back | pause | next]',
      '  [screen: Stretch 2 of 4 — lower back rotation, left side — 0:20 paused]',
      '  [touch: back | resume | next]',
      '  [screen: Stretch 2 of 4 — lower back rotation, left side — 0:20 countdown]',
      '  [touch: back | pause | next]',
    ]);
    expect(printed).toContainEqual(expect.stringMatching(/^alexa: Let’s do the quick two minute routine/));
    expect(printed).toContainEqual(expect.stringMatching(/^alexa: Picking up where you left off\. .*Stretch 2 of 4: lower back rotation, left side/));
  });

  test('a touch finds its target by any words of its label, and says so when nothing on screen matches', async () => {
    const talk = simulator(VIEWPORTS.roundHub);

    const printed = await talk('open back care coach', 'touch yoga', 'touch the upper back', 'touch previous', 'stop', 'touch next');

    expect(printed).toContain('  (nothing on screen called "yoga")');
    expect(printed).toContain('  [screen: Stretch 1 of 7 — shoulder rolls — 0:20 countdown]');
    expect(printed).toContainEqual(expect.stringMatching(/^alexa: This is the first stretch\. Here it is again\./));
    expect(printed.at(-1)).toBe('  (nothing on screen to touch)');
  });

  test('on a speaker nothing about a screen is printed', async () => {
    const talk = simulator();

    const printed = await talk('open back care coach', 'guide me through the quick routine');

    expect(screenLines(printed)).toEqual([]);
    expect(printed.join('\n')).not.toMatch(/directive/);
  });
});
