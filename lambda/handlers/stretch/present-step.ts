import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { holdSecondsFor, includedFrom, mayReplacePlace, nextIncluded, routineOf, stepAt, type RoutinePosition } from '../../coach/routine-cursor';
import { streakAfterActivity } from '../../coach/streak';
import { daysToForget, sessionsThisWeek } from '../../coach/week';
import { spokenTime } from '../../coach/reminder';
import { STRETCH, stepLabel } from '../../content/prompts';
import { REMINDER } from '../../content/reminders';
import { preferencesOf } from '../../session/state';
import { turnOf, type Turn } from '../../session/turn';
import { show } from '../../screen/view';
import { join, pause, playingSeconds, say, type Ssml } from '../../speech/ssml';
import { narrateStep, stepUntilHold, type StepNarration } from '../../speech/stretch-step';
import { reminderOfferAfterRoutine } from '../reminder/offer';
import { keepListening } from '../respond';

export interface PresentOptions {
  /** Said before the step, such as the routine's introduction. */
  readonly opening?: Ssml;
}

/**
 * Guides the user through the step at `requested` (or the first after it they have not left out) and hands off to
 * the next one. The position is saved as the user moves, so a routine can be resumed even if the session ends
 * without notice; narrating the last step, or having none left, finishes the routine and records the session.
 */
export async function presentStep(input: HandlerInput, requested: RoutinePosition, options: PresentOptions = {}): Promise<Response> {
  const { state, progress } = turnOf(input);
  const stored = await progress.get();
  const preferences = preferencesOf(state);
  const position = includedFrom(requested, preferences.leftOut);
  if (!position) return finishRoutine(input, requested, options.opening);
  const routine = routineOf(position);
  const step = stepAt(position);
  // Full positioning detail the first time a stretch comes up in a session, unless this routine was finished before.
  const detailed = !state.explained.includes(step.name) && !(stored?.sessionsCompleted[routine.id] ?? 0);
  if (detailed && !state.explained.includes(step.name)) state.explained.push(step.name);
  const controls = !state.toldControls && say(STRETCH.controls);
  state.toldControls = true;

  const narration: StepNarration = {
    step,
    number: position.step + 1,
    total: routine.steps.length,
    detailed,
    holdSeconds: holdSecondsFor(step, preferences, state.gentle),
    pace: preferences.pace ?? 'normal',
  };
  const speech = join(options.opening, controls, narrateStep(narration));
  const holdStartsAfterSeconds = playingSeconds(join(options.opening, controls, stepUntilHold(narration)));
  show(input, { kind: 'step', position, narration, holdStartsAfterSeconds });

  const next = nextIncluded(position, preferences.leftOut);
  if (!next) return finishRoutine(input, position, speech);

  state.stretch = position;
  state.finishedRoutine = undefined;
  const unchanged = stored?.unfinished?.routineId === position.routineId && stored.unfinished.step === position.step;
  if (!unchanged) await savePlace(turnOf(input), position);
  const nextLabel = stepLabel(stepAt(next));
  return keepListening(input, join(speech, say(STRETCH.handOff(nextLabel))), say(STRETCH.handOffReprompt(nextLabel)));
}

/**
 * Saves the user's place at `position`, unless another device saved its own place while this session was going:
 * the first place saved is kept, and `hasSaved` then tells each device the truth about whose it is.
 */
async function savePlace({ state, progress }: Turn, position: RoutinePosition): Promise<void> {
  const placed = await progress.update((before) => ({
    change: mayReplacePlace(before.unfinished, state.placeSeen) ? { unfinished: position } : {},
  }));
  if (placed?.saved && (await progress.hasSaved(position))) state.placeSeen = position;
}

/** Ends the routine at `position`: records the session, says how the week looks, and offers a tip. */
export async function finishRoutine(input: HandlerInput, position: RoutinePosition, speech?: Ssml): Promise<Response> {
  const turn = turnOf(input);
  const { state, progress } = turn;
  const routine = routineOf(position);
  state.stretch = undefined;
  state.finishedRoutine = routine.id;

  const today = await turn.today();
  const finished = await progress.update((before) => ({
    change: {
      completedRoutine: { routineId: routine.id, day: today },
      streak: streakAfterActivity(before.streak, today),
      ...(mayReplacePlace(before.unfinished, state.placeSeen) && { unfinished: null }),
      forgetDays: daysToForget(before, today),
    },
    answer: (after) => ({ weekSessions: sessionsThisWeek(after, today) }),
  }));
  const sessions = finished?.saved && finished.answer.weekSessions;
  const tally = sessions ? say(STRETCH.weekSessions(sessions)) : say(STRETCH.finishedUnsaved);
  // A user without a reminder is offered one (see `offersReminder`); anyone else, a tip.
  const after = state.progress;
  const reminderTime = sessions && after ? await reminderOfferAfterRoutine(turn, after) : undefined;
  state.offer = reminderTime ? { kind: 'reminder', time: reminderTime } : { kind: 'tip' };
  const [question, reprompt] = reminderTime
    ? [REMINDER.offerAfterRoutine(spokenTime(reminderTime)), REMINDER.consentReprompt(spokenTime(reminderTime))]
    : [STRETCH.afterFinish, STRETCH.afterFinishReprompt];
  return keepListening(input, join(speech, say(STRETCH.finished(routine.name)), tally, pause(0.5), say(question)), say(reprompt));
}
