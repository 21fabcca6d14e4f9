import { conversationState, INTENTS_BY_STATE, type ConversationState } from '../../lambda/handlers/conversation';
import type { Turn } from '../../lambda/session/turn';
import { readInteractionModel } from '../model/skill-package';

const MODEL_INTENTS = readInteractionModel().interactionModel.languageModel.intents.map(
  (intent) => intent.name,
);
const STATES = Object.keys(INTENTS_BY_STATE) as ConversationState[];

describe('the conversation tables', () => {
  test.each(STATES)('in state %s every intent of the interaction model has an action, and nothing else does', (state) => {
    expect(Object.keys(INTENTS_BY_STATE[state]).sort()).toEqual([...MODEL_INTENTS].sort());
  });

  test.each(STATES)('in state %s what someone hurting says comes first, then stopping', (state) => {
    const order = Object.keys(INTENTS_BY_STATE[state]);
    expect(order.slice(0, 5).sort()).toEqual(['CautionIntent', 'EmergencyIntent', 'NerveSignsIntent', 'PainIntent', 'UrgentCareIntent']);
    expect(order.slice(5, 8).sort()).toEqual(['AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent', 'AMAZON.StopIntent']);
  });
});

describe('the conversation state', () => {
  const turn = (state: Partial<Turn['state']>, offer?: Turn['offer']) => ({ state, offer }) as unknown as Turn;
  const position = { routineId: 'quick', step: 1 } as const;

  test('a stretch under way is a routine, whatever was offered', () => {
    expect(conversationState(turn({ stretch: position }, { kind: 'tip' }))).toBe('inRoutine');
  });
  test('the offer to pick up a routine is its own state', () => {
    expect(conversationState(turn({}, { kind: 'resume', position }))).toBe('resumeOffered');
  });
  test('"floor or chair?" and "which routine?" wait for a routine to be chosen', () => {
    expect(conversationState(turn({}, { kind: 'routineChoice' }))).toBe('routineChoice');
  });
  test('after pain, and after skipping for pain, the routine waits for the answer to what was asked', () => {
    expect(conversationState(turn({ stretch: position }, { kind: 'painChoice', position }))).toBe('afterPain');
    expect(conversationState(turn({ stretch: position }, { kind: 'leaveOut', position }))).toBe('leaveOutOffered');
  });
  test('any other question asked waits for its answer', () => {
    expect(conversationState(turn({}, { kind: 'tip' }))).toBe('offerMade');
  });
  test('nothing under way and nothing asked is idle', () => {
    expect(conversationState(turn({}))).toBe('idle');
  });
});
