import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { TOPIC_INTENTS, TOPICS } from '../content/answers';
import { turnOf, type Turn } from '../session/turn';
import type { Action } from './action';
import { notUnderstood, notUnderstoodInRoutine } from './fallback';
import { help, helpInRoutine } from './help';
import { launch } from './launch';
import { declineOffer, declineResume, notYet } from './no';
import { setHoldLength } from './preferences/hold-length';
import { setPace } from './preferences/pace';
import { tellProgress } from './progress';
import { answerTopic } from './question';
import { cancelReminder } from './reminder/cancel';
import { permissionAnswered } from './reminder/permission';
import { askToSetReminder, setReminderAfterRoutine } from './reminder/set';
import { tellReminder } from './reminder/when';
import { repeatAnswer } from './repeat';
import { intentName, requestType } from './request';
import { sessionEnded } from './session-ended';
import { skillDisabled } from './skill-events';
import { goodbye, stopRoutine } from './stop';
import { howManyLeft } from './stretch/how-many-left';
import { listRoutines } from './stretch/list-routines';
import { nextStretch } from './stretch/next';
import { notInRoutine } from './stretch/not-in-routine';
import { pauseStretch } from './stretch/pause';
import { previousStretch } from './stretch/previous';
import { repeatStretch } from './stretch/repeat';
import { resumeStretch } from './stretch/resume';
import { startOver } from './stretch/start-over';
import { startGuide } from './stretch/start';
import { explainStretch } from './stretch/tell-me-more';
import { actOnTouch } from './touch';
import { giveTip } from './tip';
import { repeatTodaysTip } from './todays-tip';
import { ignoreRequest } from './unknown-request';
import { logWalk } from './walk-log';
import { acceptOffer, yesWithoutOffer } from './yes';

/**
 * What the skill does with each thing a user says, in each state of the conversation. Read a state's table to know
 * what any intent does there; an intent missing from a table gets that table's `AMAZON.FallbackIntent` action.
 * Intents that must win everywhere (stop, help) come first in every table.
 */

/** Where the conversation is, as far as choosing what an intent means goes. */
export type ConversationState =
  /** A routine is under way: `state.stretch` is the step the user is on. */
  | 'inRoutine'
  /** The skill just asked "pick up where you left off?" about a routine left unfinished. */
  | 'resumeOffered'
  /** The skill just asked another yes/no question (a stretch, a related answer, a tip). */
  | 'offerMade'
  /** Nothing under way and nothing asked. */
  | 'idle';

export function conversationState({ state, offer }: Turn): ConversationState {
  if (state.stretch) return 'inRoutine';
  if (offer?.kind === 'resume') return 'resumeOffered';
  if (offer) return 'offerMade';
  return 'idle';
}

type IntentTable = Readonly<Record<string, Action>>;

/** Joins parts of a table; an intent given two actions is a mistake in this file, caught when it loads. */
function table(...parts: readonly IntentTable[]): IntentTable {
  const joined: Record<string, Action> = {};
  for (const part of parts) {
    for (const [intent, action] of Object.entries(part)) {
      if (intent in joined) throw new Error(`${intent} has two actions in one conversation state`);
      joined[intent] = action;
    }
  }
  return joined;
}

/** Questions, tips, walks, progress and preferences: the same in every state. */
const ANYWHERE: IntentTable = {
  ...Object.fromEntries(TOPICS.map((topic) => [TOPIC_INTENTS[topic], answerTopic(topic)])),
  StretchGuideIntent: startGuide,
  ListRoutinesIntent: listRoutines,
  TipIntent: giveTip,
  TodaysTipIntent: repeatTodaysTip,
  LogWalkIntent: logWalk,
  ProgressIntent: tellProgress,
  SetHoldTimeIntent: setHoldLength,
  SetPaceIntent: setPace,
  'AMAZON.ResumeIntent': resumeStretch,
};

/** The daily reminder, set, moved, read back or cancelled: outside a routine, whose yes and no mean "next". */
const REMINDERS: IntentTable = {
  SetReminderIntent: askToSetReminder,
  CancelReminderIntent: cancelReminder,
  ReminderTimeIntent: tellReminder,
};

/** Routine navigation when no routine is under way (nor offered). */
const NO_ROUTINE: IntentTable = {
  'AMAZON.NextIntent': notInRoutine,
  'AMAZON.PreviousIntent': notInRoutine,
  'AMAZON.PauseIntent': notInRoutine,
  HowManyLeftIntent: notInRoutine,
  TellMeMoreIntent: notInRoutine,
  'AMAZON.StartOverIntent': startOver,
  'AMAZON.RepeatIntent': repeatAnswer,
};

const GOODBYE: IntentTable = {
  'AMAZON.StopIntent': goodbye,
  'AMAZON.CancelIntent': goodbye,
  'AMAZON.NavigateHomeIntent': goodbye,
  'AMAZON.HelpIntent': help,
};

export const INTENTS_BY_STATE: Readonly<Record<ConversationState, IntentTable>> = {
  inRoutine: table(
    {
      'AMAZON.StopIntent': stopRoutine,
      'AMAZON.CancelIntent': stopRoutine,
      'AMAZON.NavigateHomeIntent': stopRoutine,
      'AMAZON.HelpIntent': helpInRoutine,
      'AMAZON.NextIntent': nextStretch,
      'AMAZON.YesIntent': nextStretch,
      'AMAZON.NoIntent': notYet,
      'AMAZON.PreviousIntent': previousStretch,
      'AMAZON.RepeatIntent': repeatStretch,
      TellMeMoreIntent: explainStretch,
      'AMAZON.PauseIntent': pauseStretch,
      'AMAZON.StartOverIntent': startOver,
      HowManyLeftIntent: howManyLeft,
      'AMAZON.FallbackIntent': notUnderstoodInRoutine,
      SetReminderIntent: setReminderAfterRoutine,
      CancelReminderIntent: cancelReminder,
      ReminderTimeIntent: tellReminder,
    },
    ANYWHERE,
  ),
  resumeOffered: table(
    GOODBYE,
    {
      'AMAZON.YesIntent': acceptOffer,
      'AMAZON.NextIntent': acceptOffer,
      'AMAZON.NoIntent': declineResume,
      'AMAZON.StartOverIntent': startOver,
      'AMAZON.PreviousIntent': notInRoutine,
      'AMAZON.PauseIntent': notInRoutine,
      HowManyLeftIntent: notInRoutine,
      TellMeMoreIntent: notInRoutine,
      'AMAZON.RepeatIntent': repeatAnswer,
      'AMAZON.FallbackIntent': notUnderstood,
    },
    REMINDERS,
    ANYWHERE,
  ),
  offerMade: table(
    GOODBYE,
    { 'AMAZON.YesIntent': acceptOffer, 'AMAZON.NoIntent': declineOffer, 'AMAZON.FallbackIntent': notUnderstood },
    NO_ROUTINE,
    REMINDERS,
    ANYWHERE,
  ),
  idle: table(
    GOODBYE,
    { 'AMAZON.YesIntent': yesWithoutOffer, 'AMAZON.NoIntent': declineOffer, 'AMAZON.FallbackIntent': notUnderstood },
    NO_ROUTINE,
    REMINDERS,
    ANYWHERE,
  ),
};

/** An intent in the conversation's current state; one the skill doesn't know is not understood. */
function actOnIntent(input: HandlerInput) {
  const actions = INTENTS_BY_STATE[conversationState(turnOf(input))];
  return (actions[intentName(input) ?? ''] ?? actions['AMAZON.FallbackIntent']!)(input);
}

/** What each kind of request does; any other kind gets an empty, valid response. */
export const REQUESTS: Readonly<Record<string, Action>> = {
  'AlexaSkillEvent.SkillDisabled': skillDisabled,
  SessionEndedRequest: sessionEnded,
  LaunchRequest: launch,
  IntentRequest: actOnIntent,
  'Alexa.Presentation.APL.UserEvent': actOnTouch(actOnIntent),
  'Connections.Response': permissionAnswered,
};

/** The skill's one request handler: every request goes through the tables above. */
export const ConversationHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => (REQUESTS[requestType(input) ?? ''] ?? ignoreRequest)(input),
};
