import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { stepAt, toRoutinePosition } from '../coach/routine-cursor';
import { currentStreak } from '../coach/streak';
import { stepLabel, WELCOME } from '../content/prompts';
import { ROUTINES } from '../content/routines';
import { show } from '../screen/view';
import { turnOf } from '../session/turn';
import { join, pause, say } from '../speech/ssml';
import { keepListening } from './respond';
import { tipOfTheDay } from './tip';

/**
 * "Open back care coach": a short welcome (fuller the first time), the day's tip on the first visit of the day,
 * then an offer to finish a routine left unfinished, or what to try.
 */
export async function launch(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const { state, progress } = turn;
  const stored = await progress.get();
  // Without progress the skill can't tell a new user from a returning one, and claims nothing.
  if (!stored) {
    return keepListening(input, join(say(WELCOME.unknown), pause(0.5), say(WELCOME.menu)), say(WELCOME.menuReprompt));
  }

  const today = await turn.today();
  const streak = currentStreak(stored.streak, today);
  const tip = stored.lastTipDay !== today ? tipOfTheDay(stored, today) : undefined;
  await progress.save({ visitAt: turn.now.toISOString(), ...(tip && { tipHeard: tip.change }) });

  const welcome = stored.firstVisit
    ? join(say(WELCOME.returning), streak > 1 && say(WELCOME.streak(streak)))
    : say(WELCOME.firstTime);
  const tipSpeech = tip && join(pause(0.5), say(WELCOME.tipIntro), say(tip.text));
  show(input, { kind: 'home', tip: tip?.text });
  const unfinished = toRoutinePosition(stored.unfinished);
  if (unfinished) {
    state.offer = { kind: 'resume', position: unfinished };
    const offer = say(WELCOME.resumeOffer(stepLabel(stepAt(unfinished)), ROUTINES[unfinished.routineId].name));
    return keepListening(input, join(welcome, tipSpeech, pause(0.5), offer), say(WELCOME.resumeReprompt));
  }
  return keepListening(input, join(welcome, tipSpeech, pause(0.5), say(WELCOME.menu)), say(WELCOME.menuReprompt));
}
