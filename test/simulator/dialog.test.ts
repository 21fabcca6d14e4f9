import path from 'node:path';
import type { IntentRequest, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { Conversation } from '../../simulator/conversation';
import { device } from '../../simulator/envelopes';
import { EN_US_MODEL_PATH, loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';

const nlu = new Nlu(loadInteractionModel(path.join(__dirname, '..', '..', EN_US_MODEL_PATH)));

/**
 * A skill that asks "how long did you walk?" with Dialog.ElicitSlot whenever the walk intent comes without a
 * length, keeping the day it was given, and otherwise just keeps listening.
 */
function setUp() {
  const requests: IntentRequest[] = [];
  const skill = async (request: RequestEnvelope): Promise<ResponseEnvelope> => {
    const intent = request.request.type === 'IntentRequest' ? (request.request as IntentRequest) : undefined;
    if (intent) requests.push(intent);
    const slots = intent?.intent.slots ?? {};
    const asks = intent?.intent.name === 'LogWalkIntent' && !['minutes', 'duration', 'distance'].some((name) => slots[name]?.value);
    return {
      version: '1.0',
      response: {
        outputSpeech: { type: 'SSML', ssml: `<speak>${asks ? 'How long did you walk?' : 'OK.'}</speak>` },
        shouldEndSession: false,
        ...(asks && {
          directives: [
            {
              type: 'Dialog.ElicitSlot',
              slotToElicit: 'minutes',
              updatedIntent: { name: 'LogWalkIntent', confirmationStatus: 'NONE', slots: slots.when ? { when: slots.when } : {} },
            },
          ],
        }),
      },
    };
  };
  const conversation = new Conversation({ skill, nlu, invocationName: 'back care coach', device: device() });
  return { conversation, requests };
}

describe('answers to Dialog.ElicitSlot', () => {
  test.each([
    ['fifteen', { minutes: '15' }],
    ['45', { minutes: '45' }],
    ['around twenty', { minutes: '20' }],
    ['half an hour', { duration: 'PT30M' }],
    ['about three miles', { distance: 'three miles' }],
  ])('“%s” after the question fills the walk intent’s slot, in progress', async (answer, slot) => {
    const { conversation, requests } = setUp();
    await conversation.say('open back care coach');
    await conversation.say('I went for a walk yesterday');

    await conversation.say(answer);

    const sent = requests.at(-1)!;
    expect(sent.intent.name).toBe('LogWalkIntent');
    expect(sent.dialogState).toBe('IN_PROGRESS');
    const [[name, value]] = Object.entries(slot) as [[string, string]];
    expect(sent.intent.slots?.[name]?.value).toBe(value);
    const resolved = sent.intent.slots?.when?.resolutions?.resolutionsPerAuthority?.[0];
    expect(sent.intent.slots?.when?.value).toBe('yesterday');
    expect(resolved?.values[0]?.value.id).toBe('yesterday');
  });

  test('a reply that answers nothing asked is understood as what it is', async () => {
    const { conversation, requests } = setUp();
    await conversation.say('open back care coach');
    await conversation.say('log a walk');

    await conversation.say('what helps a tight back');

    expect(requests.at(-1)?.intent.name).toBe('TightBackIntent');
    expect(requests.at(-1)?.dialogState).toBeUndefined();
  });

  test('a bare number with no question asked is not taken as a walk', async () => {
    const { conversation, requests } = setUp();
    await conversation.say('open back care coach');

    await conversation.say('fifteen');

    expect(requests.at(-1)?.intent.name).not.toBe('LogWalkIntent');
  });

  test('the question lasts one turn: a number two turns later is not its answer', async () => {
    const { conversation, requests } = setUp();
    await conversation.say('open back care coach');
    await conversation.say('log a walk');
    await conversation.say('give me a tip');

    await conversation.say('fifteen');

    expect(requests.at(-1)?.intent.name).not.toBe('LogWalkIntent');
  });
});
