import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextTip } from '../coach/tips';
import type { Day, Progress, ProgressChange } from '../coach/progress';
import { TIP } from '../content/prompts';
import { SCREEN } from '../content/screen-text';
import { TIPS } from '../content/tips';
import { show } from '../screen/view';
import { turnOf } from '../session/turn';
import { join, say } from '../speech/ssml';
import { reply } from './follow-up';

const TIP_IDS = TIPS.map((tip) => tip.id);

/** The next tip this user hasn't heard, and the change that records it. */
export function tipOfTheDay(progress: Progress, day: Day): { text: string; change: NonNullable<ProgressChange['tipHeard']> } {
  const { tipId, newRound } = nextTip(TIP_IDS, progress.tipsHeard, progress.lastTipId);
  return { text: TIPS.find((tip) => tip.id === tipId)!.text, change: { tipId, day, newRound } };
}

/** "Give me a tip": a tip the user hasn't heard yet, remembered; without the store, the first tip. */
export async function giveTip(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const stored = await turn.progress.get();
  const tip = stored ? tipOfTheDay(stored, await turn.today()) : { text: TIPS[0]!.text, change: undefined };
  if (tip.change) await turn.progress.save({ tipHeard: tip.change });
  show(input, { kind: 'answer', title: SCREEN.tip, text: tip.text });
  return reply(input, join(say(TIP.intro), say(tip.text)), { card: { title: 'Back care tip', text: tip.text } });
}
