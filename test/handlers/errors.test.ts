import type { Progress } from '../../lambda/coach/progress';
import { ANSWERS } from '../../lambda/content/answers';
import { ERRORS } from '../../lambda/content/prompts';
import type { ProgressStore } from '../../lambda/storage/progress-store';
import { device, launchRequest, newId } from '../../simulator/envelopes';
import { Conversation } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';
import { captureLambdaLogs, type LambdaLogs } from '../support/lambda-logs';

/** A store adapter with a bug: it hands back half an item, which no handler is written to expect. */
const storeWithABug: ProgressStore = {
  load: async () => ({ firstVisit: '2026-03-01T10:00:00Z', receipts: {} }) as unknown as Progress,
  apply: async () => ({ outcome: 'applied', progress: { firstVisit: '2026-03-01T10:00:00Z' } as unknown as Progress }),
  delete: async () => undefined,
};

let skill: TestSkill;
let logs: LambdaLogs;
beforeAll(async () => {
  skill = await startTestSkill({ store: storeWithABug, logLevel: 'error' });
});
afterAll(() => skill.stop());
beforeEach(() => {
  logs = captureLambdaLogs('lambda-request');
});
afterEach(() => logs.restore());

const logLines = () => logs.records().map(({ record }) => record ?? {});

describe('when a handler fails', () => {
  test('the user hears a short apology with a way forward, never silence or a stack trace', async () => {
    const user = new Conversation(skill);

    const reply = await user.launch();

    expect(reply.text).toBe(ERRORS.apology);
    expect(reply.reprompt).toBe(ERRORS.reprompt);
    expect(reply.ended).toBe(false);
    expect(reply.ssml).not.toMatch(/TypeError|Error:|\bat \w+ \(|\.ts:\d+|undefined/);
  });

  test('one line is logged with the request id and the cause, and not the user id', async () => {
    const user = new Conversation(skill);

    await user.launch();

    const failures = logLines().filter((line) => line.message === 'request failed');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ level: 'ERROR', errorName: 'TypeError' });
    expect(failures[0]!.requestId).toMatch(/^amzn1\.echo-api\.request\./);
    expect(String(failures[0]!.errorMessage).length).toBeGreaterThan(0);
    expect(logs.records().map(({ line }) => line).join('\n')).not.toContain(user.device.userId);
  });

  test('after the apology the conversation carries on', async () => {
    const user = new Conversation(skill);
    await user.launch();

    const reply = await user.say('WalkingIntent');

    expect(reply.text).toContain(ANSWERS.walking.text);
    expect(reply.ended).toBe(false);
  });
});

describe('requests the skill does not know', () => {
  test.each(['Display.ElementSelected', 'AudioPlayer.PlaybackStarted', 'AlexaSkillEvent.SkillAccountLinked'])(
    '%s gets an empty, valid response',
    async (type) => {
      const envelope = launchRequest(device({ userId: newId('amzn1.ask.account.user') }), { sessionId: newId('s'), new: true });
      (envelope.request as { type: string }).type = type;

      const response = await skill.invoke(envelope);

      expect(response.response.outputSpeech).toBeUndefined();
      expect(response.response.reprompt).toBeUndefined();
      expect(logLines().filter((line) => line.message === 'request failed')).toEqual([]);
    },
  );
});
