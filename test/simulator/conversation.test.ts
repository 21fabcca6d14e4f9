import path from 'node:path';
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Conversation, SKILL_FAILURE_SPEECH, type Skill } from '../../simulator/conversation';
import { device } from '../../simulator/envelopes';
import { loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';

const model = loadInteractionModel(path.join(__dirname, 'fixtures', 'en-US.model.json'));
const nlu = new Nlu(model);

/** What the fake skill does with each request; `open` keeps the session open, `attributes` are sent back. */
type Reply = { text?: string; open?: boolean; attributes?: Record<string, unknown> };

function response({ text, open, attributes }: Reply): ResponseEnvelope {
  return {
    version: '1.0',
    ...(attributes && { sessionAttributes: attributes }),
    response: {
      ...(text !== undefined && { outputSpeech: { type: 'SSML', ssml: `<speak>${text}</speak>` } }),
      ...(open !== undefined && { shouldEndSession: !open }),
    },
  };
}

const intentName = (request: RequestEnvelope): string | undefined =>
  request.request.type === 'IntentRequest' ? (request.request as IntentRequest).intent.name : undefined;

/**
 * A skill like Back Care Coach: opens on launch, counts turns in a session attribute, keeps the session open for a
 * stretch, answers a question and ends, and says goodbye on stop.
 */
const countingSkill = (request: RequestEnvelope): Reply => {
  const turn = Number(request.session?.attributes?.turn ?? 0) + 1;
  switch (request.request.type) {
    case 'LaunchRequest':
      return { text: 'Welcome.', open: true, attributes: { turn } };
    case 'SessionEndedRequest':
      return {};
    default:
      break;
  }
  switch (intentName(request)) {
    case 'StretchGuideIntent':
      return { text: `Stretch 1. <break time="10s"/> Say next.`, open: true, attributes: { turn } };
    case 'AMAZON.NextIntent':
      return { text: `Turn ${turn}.`, open: true, attributes: { turn } };
    case 'AMAZON.StopIntent':
      return { text: 'Goodbye.', open: false };
    case 'TightBackIntent':
      // No shouldEndSession at all: Alexa ends the session on a voice-only device.
      return { text: 'Try some gentle movement.' };
    default:
      return { text: `Heard ${intentName(request)}.`, open: true, attributes: { turn } };
  }
};

function setUp(behaviour: (request: RequestEnvelope) => Reply | Promise<Reply> = countingSkill, showIntents = false) {
  const requests: RequestEnvelope[] = [];
  const skill: Skill = async (request) => {
    requests.push(request);
    return response(await behaviour(request));
  };
  const conversation = new Conversation({ skill, nlu, invocationName: 'back care coach', device: device(), showIntents });
  const talk = async (...lines: string[]): Promise<string[]> => {
    const printed: string[] = [];
    for (const line of lines) printed.push(...(await conversation.say(line)));
    return printed;
  };
  return { conversation, requests, talk };
}

describe('a conversation with the skill', () => {
  it('opens a session on launch and carries it, with its attributes, to the next turns', async () => {
    const { requests, talk } = setUp();

    const printed = await talk('open back care coach', 'next', 'next');

    expect(printed).toEqual(['alexa: Welcome.', 'alexa: Turn 2.', 'alexa: Turn 3.']);
    expect(requests.map((request) => request.request.type)).toEqual(['LaunchRequest', 'IntentRequest', 'IntentRequest']);
    const [launch, second, third] = requests;
    expect(launch?.session).toMatchObject({ new: true, attributes: {} });
    expect(second?.session).toMatchObject({ new: false, sessionId: launch?.session?.sessionId, attributes: { turn: 1 } });
    expect(third?.session).toMatchObject({ new: false, sessionId: launch?.session?.sessionId, attributes: { turn: 2 } });
  });

  it('gives every request its own id and the current time', async () => {
    const { requests, talk } = setUp();
    const before = Date.now();

    await talk('open back care coach', 'next', 'stop');

    const ids = requests.map((request) => request.request.requestId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const request of requests) {
      const at = Date.parse(request.request.timestamp);
      expect(at).toBeGreaterThanOrEqual(before - 1000);
      expect(at).toBeLessThanOrEqual(Date.now() + 1000);
    }
  });

  it('starts a new session after the skill ends one', async () => {
    const { requests, talk } = setUp();

    const printed = await talk('open back care coach', 'stop', 'next');

    expect(printed).toEqual([
      'alexa: Welcome.',
      'alexa: Goodbye.',
      '(no session is open: sent as "ask back care coach next")',
      'alexa: Turn 1.',
    ]);
    expect(requests[2]?.session).toMatchObject({ new: true, attributes: {} });
    expect(requests[2]?.session?.sessionId).not.toBe(requests[0]?.session?.sessionId);
  });

  it('treats a response without shouldEndSession as the end of the session', async () => {
    const { conversation, requests, talk } = setUp();

    await talk('open back care coach', 'my back is tight');

    expect(conversation.inSession).toBe(false);
    await talk('next');
    expect(requests[2]?.session?.new).toBe(true);
  });

  it('continues a one-shot in the same session when the response keeps it open, as a started stretch does', async () => {
    const { conversation, requests, talk } = setUp();

    const printed = await talk('ask back care coach to start the lower back routine', 'next');

    expect(printed).toEqual(['alexa: Stretch 1. [pause 10s] Say next.', 'alexa: Turn 2.']);
    const [oneShot, next] = requests;
    expect(oneShot?.session?.new).toBe(true);
    expect(intentName(oneShot!)).toBe('StretchGuideIntent');
    expect((oneShot?.request as IntentRequest).intent.slots?.routine?.value).toBe('lower back');
    expect(next?.session).toMatchObject({ new: false, sessionId: oneShot?.session?.sessionId, attributes: { turn: 1 } });
    expect(conversation.inSession).toBe(true);
  });

  it('does not continue a one-shot whose response ends the session', async () => {
    const { conversation, requests, talk } = setUp();

    const printed = await talk('ask back care coach what can I do for a tight back', 'next');

    expect(printed[0]).toBe('alexa: Try some gentle movement.');
    expect(printed[1]).toMatch(/^\(no session is open/);
    expect(requests[1]?.session?.new).toBe(true);
    expect(conversation.inSession).toBe(true);
  });

  it('sends a line said with no session open as a one-shot, and says so', async () => {
    const { requests, talk } = setUp();

    const printed = await talk('start a stretch');

    expect(printed[0]).toBe('(no session is open: sent as "ask back care coach start a stretch")');
    expect(requests[0]?.session?.new).toBe(true);
    expect(intentName(requests[0]!)).toBe('StretchGuideIntent');
  });

  it('ends the session quietly when the user says exit', async () => {
    const { conversation, requests, talk } = setUp();

    const printed = await talk('open back care coach', 'exit');

    expect(printed).toEqual(['alexa: Welcome.']);
    expect(requests[1]?.request).toMatchObject({ type: 'SessionEndedRequest', reason: 'USER_INITIATED' });
    expect(requests[1]?.session?.sessionId).toBe(requests[0]?.session?.sessionId);
    expect(conversation.inSession).toBe(false);
    expect(await talk('exit')).toEqual(['(no session is open)']);
  });

  it('ends an open session before a new invocation opens another', async () => {
    const { requests, talk } = setUp();

    await talk('open back care coach', 'open back care coach');

    expect(requests.map((request) => request.request.type)).toEqual(['LaunchRequest', 'SessionEndedRequest', 'LaunchRequest']);
    expect(requests[2]?.session?.sessionId).not.toBe(requests[0]?.session?.sessionId);
  });

  it('ends an open session when the input ends, and does nothing when none is open', async () => {
    const { conversation, requests, talk } = setUp();
    await talk('open back care coach');

    expect(await conversation.hangUp()).toEqual([]);
    expect(await conversation.hangUp()).toEqual([]);
    expect(requests.map((request) => request.request.type)).toEqual(['LaunchRequest', 'SessionEndedRequest']);
  });

  it('sends the intent and slots the model gives the utterance', async () => {
    const { requests, talk } = setUp();

    await talk('open back care coach', 'I walked for an hour and a half', 'what is the capital of france');

    const walk = requests[1]?.request as IntentRequest;
    expect(walk.intent.name).toBe('LogWalkIntent');
    expect(walk.intent.slots?.duration).toMatchObject({ name: 'duration', value: 'PT1H30M', confirmationStatus: 'NONE' });
    expect(walk.intent.slots?.pace).toEqual({ name: 'pace', confirmationStatus: 'NONE' });
    expect(intentName(requests[2]!)).toBe('AMAZON.FallbackIntent');
  });

  it('ignores blank lines', async () => {
    const { requests, talk } = setUp();

    expect(await talk('', '  ')).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('notes a response with nothing to say', async () => {
    const { talk } = setUp(() => ({ open: true }));

    expect(await talk('open back care coach')).toEqual(['  (no speech)']);
  });

  it("says what Alexa says when the skill fails, and closes the session", async () => {
    const { conversation, talk } = setUp((request) => {
      if (request.request.type === 'IntentRequest') throw new TypeError('boom');
      return { text: 'Welcome.', open: true };
    });

    const printed = await talk('open back care coach', 'next');

    expect(printed).toEqual(['alexa: Welcome.', `alexa: ${SKILL_FAILURE_SPEECH}`, '  (the skill failed: TypeError: boom)']);
    expect(conversation.inSession).toBe(false);
  });

  it('shows what each line was heard as when asked', async () => {
    const { talk } = setUp(countingSkill, true);

    expect(await talk('ask back care coach to start the lumbar routine')).toEqual([
      '  (heard: StretchGuideIntent routine="lumbar" → LOWER_BACK; by sample "start the {routine} routine")',
      'alexa: Stretch 1. [pause 10s] Say next.',
    ]);
  });
});

describe('what Alexa does around the user: retries and other devices', () => {
  it('`retry` sends the last request again byte for byte, in the session it was sent in, and prints the answer', async () => {
    const { requests, talk } = setUp();

    const printed = await talk('open back care coach', 'next', 'retry', 'next');

    expect(printed).toEqual([
      'alexa: Welcome.',
      'alexa: Turn 2.',
      expect.stringMatching(/^ {2}\(Alexa sends the last request again: \d+ bytes, the same request id\)$/),
      'alexa: Turn 2.',
      'alexa: Turn 3.',
    ]);
    expect(JSON.stringify(requests[2])).toBe(JSON.stringify(requests[1]));
    expect(requests[3]!.request.requestId).not.toBe(requests[1]!.request.requestId);
  });

  it('`retry` before anything was said says there is nothing to retry', async () => {
    const { requests, talk } = setUp();

    expect(await talk('retry')).toEqual(['  (nothing to retry yet)']);
    expect(requests).toEqual([]);
  });

  it('`device kitchen` talks from another device of the same user with its own session; switching back finds the first one', async () => {
    const { requests, talk } = setUp();

    const printed = await talk('open back care coach', 'next', 'device kitchen', 'open back care coach', 'device echo', 'next');

    expect(printed).toEqual([
      'alexa: Welcome.',
      'alexa: Turn 2.',
      '  (now on the new kitchen device of the same user; no session open on it)',
      'alexa: Welcome.',
      '  (now on the echo device of the same user; its session is still open)',
      'alexa: Turn 3.',
    ]);
    const [first, , kitchen, back] = requests;
    expect(kitchen!.context.System.device!.deviceId).not.toBe(first!.context.System.device!.deviceId);
    expect(kitchen!.context.System.user.userId).toBe(first!.context.System.user.userId);
    expect(back!.session!.sessionId).toBe(first!.session!.sessionId);
    expect(back!.context.System.device!.deviceId).toBe(first!.context.System.device!.deviceId);
  });

  it('the end of input ends the open session of every device', async () => {
    const { conversation, requests, talk } = setUp();
    await talk('open back care coach', 'device kitchen', 'open back care coach');

    await conversation.hangUp();

    expect(requests.filter((request) => request.request.type === 'SessionEndedRequest')).toHaveLength(2);
  });
});
