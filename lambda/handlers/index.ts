import type { RequestHandler } from 'ask-sdk-core';
import { FallbackHandler } from './fallback';
import { HelpHandler } from './help';
import { LaunchHandler } from './launch';
import { NoHandler } from './no';
import { HoldLengthHandler } from './preferences/hold-length';
import { PaceHandler } from './preferences/pace';
import { ProgressHandler } from './progress';
import { QuestionHandler } from './question';
import { RepeatAnswerHandler } from './repeat';
import { SessionEndedHandler } from './session-ended';
import { SkillDisabledHandler } from './skill-events';
import { StopHandler } from './stop';
import { HowManyLeftHandler } from './stretch/how-many-left';
import { ListRoutinesHandler } from './stretch/list-routines';
import { NextStretchHandler } from './stretch/next';
import { NotInRoutineHandler } from './stretch/not-in-routine';
import { PauseStretchHandler } from './stretch/pause';
import { PreviousStretchHandler } from './stretch/previous';
import { RepeatStretchHandler } from './stretch/repeat';
import { ResumeStretchHandler } from './stretch/resume';
import { StartOverHandler } from './stretch/start-over';
import { StretchGuideHandler } from './stretch/start';
import { TellMeMoreHandler } from './stretch/tell-me-more';
import { TipHandler } from './tip';
import { UnknownRequestHandler } from './unknown-request';
import { LogWalkHandler } from './walk-log';
import { YesHandler } from './yes';

/**
 * Every request handler, in the order the SDK tries them (the first whose `canHandle` says yes wins): events and
 * launch, then routine navigation while a stretch is under way, then everything else, with the catch-alls last.
 */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  SkillDisabledHandler,
  SessionEndedHandler,
  LaunchHandler,
  NextStretchHandler,
  PreviousStretchHandler,
  RepeatStretchHandler,
  TellMeMoreHandler,
  PauseStretchHandler,
  ResumeStretchHandler,
  StartOverHandler,
  HowManyLeftHandler,
  YesHandler,
  NoHandler,
  NotInRoutineHandler,
  StretchGuideHandler,
  ListRoutinesHandler,
  QuestionHandler,
  TipHandler,
  LogWalkHandler,
  ProgressHandler,
  HoldLengthHandler,
  PaceHandler,
  HelpHandler,
  StopHandler,
  RepeatAnswerHandler,
  FallbackHandler,
  UnknownRequestHandler,
];
