import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { hasVisited } from '../coach/progress';
import { toRoutinePosition } from '../coach/routine-cursor';
import { currentStreak } from '../coach/streak';
import { isDailyTipDue } from '../coach/tips';
import { WELCOME } from '../content/prompts';
import { show } from '../screen/view';
import { turnOf } from '../session/turn';
import { join, pause, say } from '../speech/ssml';
import { keepListening } from './respond';
import { resumeQuestion } from './stretch/resume';
import { tipOfTheDay, tipText } from './tip';

/**
 * "Open back care coach": a short welcome (fuller the first time), the day's tip on the first visit of the day,
 * then an offer to finish a routine left unfinished, or what to try. All of it is decided from the stored
 * progress in the write that records the visit, so a retried launch says exactly what the first attempt said.
 */
export async function launch(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const { state, progress } = turn;
  state.launched = true;
  // Without progress the skill can't tell a new user from a returning one, and claims nothing.
  if (!(await progress.get())) {
    return keepListening(input, join(say(WELCOME.unknown), pause(0.5), say(WELCOME.menu)), say(WELCOME.menuReprompt));
  }

  const today = await turn.today();
  const visit = await progress.update((before) => {
    const tip = isDailyTipDue(before.lastTipDay, today) ? tipOfTheDay(before, today) : undefined;
    return {
      change: { ...(tip && { tipHeard: tip }) },
      answer: () => ({
        returning: hasVisited(before),
        streak: currentStreak(before.streak, today),
        ...(tip && { tipId: tip.tipId }),
        ...(before.unfinished && { resume: before.unfinished }),
      }),
    };
  });
  const { returning, streak = 0, tipId, resume } = visit?.answer ?? {};

  const welcome = returning ? join(say(WELCOME.returning), streak > 1 && say(WELCOME.streak(streak))) : say(WELCOME.firstTime);
  const tip = tipId === undefined ? undefined : tipText(tipId);
  const tipSpeech = tip !== undefined && join(pause(0.5), say(WELCOME.tipIntro), say(tip));
  show(input, { kind: 'home', tip });
  const unfinished = toRoutinePosition(resume);
  if (unfinished) {
    state.offer = { kind: 'resume', position: unfinished };
    return keepListening(input, join(welcome, tipSpeech, pause(0.5), resumeQuestion(unfinished)), say(WELCOME.resumeReprompt));
  }
  return keepListening(input, join(welcome, tipSpeech, pause(0.5), say(WELCOME.menu)), say(WELCOME.menuReprompt));
}
