import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import { TOPIC_INTENTS, TOPICS } from '../content/answers';
import { turnOf, type Turn } from '../session/turn';
import type { Action } from './action';
import { notUnderstood, notUnderstoodInRoutine } from './fallback';
import { help, helpInRoutine } from './help';
import { launch } from './launch';
import { declineOffer, declineResume, noThanks, notYet } from './no';
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
import { caution } from './safety/caution';
import { callForHelp, getUrgentHelp } from './safety/emergency';
import { nerveSigns, nerveSignsInRoutine } from './safety/nerve-signs';
import { pain, painChoiceAgain, painInRoutine } from './safety/pain';
import { sessionEnded } from './session-ended';
import { skillDisabled } from './skill-events';
import { goodbye, stopRoutine } from './stop';
import { goGentler, goGentlerOn } from './stretch/gentler';
import { howManyLeft, howManyLeftOfSaved } from './stretch/how-many-left';
import { keepIn, leaveOut } from './stretch/leave-out';
import { listRoutines } from './stretch/list-routines';
import { nextStretch } from './stretch/next';
import { notInRoutine } from './stretch/not-in-routine';
import { pauseStretch } from './stretch/pause';
import { previousOfSaved, previousStretch } from './stretch/previous';
import { repeatStretch } from './stretch/repeat';
import { askResumeAgain, resumeStretch } from './stretch/resume';
import { skipPainfulStretch } from './stretch/skip';
import { askFloorOrChair, startByPlace, startGuide } from './stretch/start';
import { startOver } from './stretch/start-over';
import { explainSavedStretch, explainStretch } from './stretch/tell-me-more';
import { giveTip } from './tip';
import { repeatTodaysTip } from './todays-tip';
import { actOnTouch } from './touch';
import { ignoreRequest } from './unknown-request';
import { logWalk } from './walk-log';
import { undoWalk } from './walk-undo';
import { acceptOffer, yesWithoutOffer } from './yes';

/**
 * What the skill does with each thing a user says, in each state of the conversation. Read a state's table to know
 * what any intent does there; an intent missing from a table gets that table's `AMAZON.FallbackIntent` action.
 * What someone hurting or in danger says comes first in every table, then stopping.
 */

/** Where the conversation is, as far as choosing what an intent means goes. */
export type ConversationState =
  /** A stretch hurt and the skill asked: skip it, go gentler, or stop for today? */
  | 'afterPain'
  /** A stretch was skipped for pain and the skill asked whether to leave it out of future routines. */
  | 'leaveOutOffered'
  /** A routine is under way: `state.stretch` is the step the user is on. */
  | 'inRoutine'
  /** The skill just asked "pick up where you left off?" about a routine left unfinished. */
  | 'resumeOffered'
  /** The skill just asked which routine: floor or chair, or one of those it listed. */
  | 'routineChoice'
  /** The skill just asked another yes/no question (a stretch, a related answer, a tip). */
  | 'offerMade'
  /** Nothing under way and nothing asked. */
  | 'idle';

export function conversationState({ state, offer }: Turn): ConversationState {
  if (state.stretch && offer?.kind === 'painChoice') return 'afterPain';
  if (state.stretch && offer?.kind === 'leaveOut') return 'leaveOutOffered';
  if (state.stretch) return 'inRoutine';
  if (offer?.kind === 'resume') return 'resumeOffered';
  if (offer?.kind === 'routineChoice') return 'routineChoice';
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

/** Someone hurting or in danger, outside a routine. First in every table. */
const SAFETY: IntentTable = {
  EmergencyIntent: callForHelp,
  UrgentCareIntent: getUrgentHelp,
  NerveSignsIntent: nerveSigns,
  PainIntent: pain,
  CautionIntent: caution,
};

/** Someone hurting or in danger mid-routine: the hold stops, and nerve signs end the routine. */
const SAFETY_IN_ROUTINE: IntentTable = {
  EmergencyIntent: callForHelp,
  UrgentCareIntent: getUrgentHelp,
  NerveSignsIntent: nerveSignsInRoutine,
  PainIntent: painInRoutine,
  CautionIntent: caution,
};

const STOP: IntentTable = {
  'AMAZON.StopIntent': goodbye,
  'AMAZON.CancelIntent': goodbye,
  'AMAZON.NavigateHomeIntent': goodbye,
};

/** Stopping mid-routine: its place is saved for "resume" next time. */
const STOP_ROUTINE: IntentTable = {
  'AMAZON.StopIntent': stopRoutine,
  'AMAZON.CancelIntent': stopRoutine,
  'AMAZON.NavigateHomeIntent': stopRoutine,
};

/** Questions, tips, walks, progress and preferences: the same in every state. */
const ANYWHERE: IntentTable = {
  ...Object.fromEntries(TOPICS.map((topic) => [TOPIC_INTENTS[topic], answerTopic(topic)])),
  StretchGuideIntent: startGuide,
  ListRoutinesIntent: listRoutines,
  ChoosePlaceIntent: startByPlace,
  TipIntent: giveTip,
  TodaysTipIntent: repeatTodaysTip,
  LogWalkIntent: logWalk,
  UndoWalkIntent: undoWalk,
  ProgressIntent: tellProgress,
  SetHoldTimeIntent: setHoldLength,
  SetPaceIntent: setPace,
};

/** Moving about a routine under way, whatever was just asked. */
const ROUTINE_MOVES: IntentTable = {
  'AMAZON.PreviousIntent': previousStretch,
  'AMAZON.StartOverIntent': startOver,
  'AMAZON.PauseIntent': pauseStretch,
  HowManyLeftIntent: howManyLeft,
};

/** The daily reminder, set, moved, read back or cancelled: outside a routine, whose yes and no mean "next". */
const REMINDERS: IntentTable = {
  SetReminderIntent: askToSetReminder,
  CancelReminderIntent: cancelReminder,
  ReminderTimeIntent: tellReminder,
};

/** The daily reminder asked for mid-routine. */
const REMINDERS_IN_ROUTINE: IntentTable = {
  SetReminderIntent: setReminderAfterRoutine,
  CancelReminderIntent: cancelReminder,
  ReminderTimeIntent: tellReminder,
};

/** Routine navigation when no routine is under way (nor offered). */
const NO_ROUTINE: IntentTable = {
  'AMAZON.PreviousIntent': notInRoutine,
  'AMAZON.PauseIntent': notInRoutine,
  HowManyLeftIntent: notInRoutine,
  TellMeMoreIntent: notInRoutine,
  'AMAZON.StartOverIntent': startOver,
  'AMAZON.ResumeIntent': resumeStretch,
  GentlerIntent: goGentler,
};

export const INTENTS_BY_STATE: Readonly<Record<ConversationState, IntentTable>> = {
  afterPain: table(SAFETY_IN_ROUTINE, STOP_ROUTINE, {
    'AMAZON.NextIntent': skipPainfulStretch,
    GentlerIntent: goGentlerOn,
    'AMAZON.HelpIntent': painChoiceAgain,
    'AMAZON.YesIntent': painChoiceAgain,
    'AMAZON.NoIntent': painChoiceAgain,
    'AMAZON.RepeatIntent': painChoiceAgain,
    'AMAZON.ResumeIntent': painChoiceAgain,
    TellMeMoreIntent: painChoiceAgain,
    'AMAZON.FallbackIntent': painChoiceAgain,
  }, ROUTINE_MOVES, REMINDERS_IN_ROUTINE, ANYWHERE),
  leaveOutOffered: table(SAFETY_IN_ROUTINE, STOP_ROUTINE, {
    'AMAZON.YesIntent': leaveOut,
    'AMAZON.NoIntent': keepIn,
    'AMAZON.NextIntent': nextStretch,
    GentlerIntent: goGentlerOn,
    'AMAZON.HelpIntent': helpInRoutine,
    'AMAZON.RepeatIntent': skipPainfulStretch,
    'AMAZON.ResumeIntent': skipPainfulStretch,
    TellMeMoreIntent: skipPainfulStretch,
    'AMAZON.FallbackIntent': skipPainfulStretch,
  }, ROUTINE_MOVES, REMINDERS_IN_ROUTINE, ANYWHERE),
  inRoutine: table(SAFETY_IN_ROUTINE, STOP_ROUTINE, {
    'AMAZON.HelpIntent': helpInRoutine,
    'AMAZON.NextIntent': nextStretch,
    'AMAZON.YesIntent': nextStretch,
    'AMAZON.NoIntent': notYet,
    'AMAZON.RepeatIntent': repeatStretch,
    'AMAZON.ResumeIntent': resumeStretch,
    TellMeMoreIntent: explainStretch,
    GentlerIntent: goGentler,
    'AMAZON.FallbackIntent': notUnderstoodInRoutine,
  }, ROUTINE_MOVES, REMINDERS_IN_ROUTINE, ANYWHERE),
  resumeOffered: table(SAFETY, STOP, {
    'AMAZON.HelpIntent': help,
    'AMAZON.YesIntent': acceptOffer,
    'AMAZON.NextIntent': acceptOffer,
    'AMAZON.NoIntent': declineResume,
    'AMAZON.StartOverIntent': startOver,
    'AMAZON.PreviousIntent': previousOfSaved,
    HowManyLeftIntent: howManyLeftOfSaved,
    TellMeMoreIntent: explainSavedStretch,
    'AMAZON.PauseIntent': askResumeAgain,
    'AMAZON.RepeatIntent': askResumeAgain,
    'AMAZON.ResumeIntent': resumeStretch,
    GentlerIntent: goGentler,
    'AMAZON.FallbackIntent': askResumeAgain,
  }, REMINDERS, ANYWHERE),
  routineChoice: table(SAFETY, STOP, {
    'AMAZON.HelpIntent': help,
    'AMAZON.YesIntent': askFloorOrChair,
    'AMAZON.NextIntent': askFloorOrChair,
    'AMAZON.NoIntent': declineOffer,
    'AMAZON.RepeatIntent': askFloorOrChair,
    'AMAZON.FallbackIntent': askFloorOrChair,
  }, NO_ROUTINE, REMINDERS, ANYWHERE),
  offerMade: table(SAFETY, STOP, {
    'AMAZON.HelpIntent': help,
    'AMAZON.YesIntent': acceptOffer,
    'AMAZON.NoIntent': declineOffer,
    'AMAZON.NextIntent': notInRoutine,
    'AMAZON.RepeatIntent': repeatAnswer,
    'AMAZON.FallbackIntent': notUnderstood,
  }, NO_ROUTINE, REMINDERS, ANYWHERE),
  idle: table(SAFETY, STOP, {
    'AMAZON.HelpIntent': help,
    'AMAZON.YesIntent': yesWithoutOffer,
    'AMAZON.NoIntent': noThanks,
    'AMAZON.NextIntent': notInRoutine,
    'AMAZON.RepeatIntent': repeatAnswer,
    'AMAZON.FallbackIntent': notUnderstood,
  }, NO_ROUTINE, REMINDERS, ANYWHERE),
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
