import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { nextTip } from '../coach/tips';
import type { Day, Progress, ProgressChange } from '../coach/progress';
import { TIP } from '../content/prompts';
import { SCREEN } from '../content/screen-text';
import { TIPS } from '../content/tips';
import { show } from '../screen/view';
import { turnOf, type Turn } from '../session/turn';
import { join, say } from '../speech/ssml';
import { reply } from './follow-up';

const TIP_IDS = TIPS.map((tip) => tip.id);

/** The next tip this user hasn't heard, as the change that records it. */
export function tipOfTheDay(progress: Progress, day: Day): NonNullable<ProgressChange['tipHeard']> {
  return { ...nextTip(TIP_IDS, progress.tipsHeard, progress.lastTipId), day };
}

/** The words of a tip given, by id; the first tip when there is none (or no longer such a tip). */
export function tipText(tipId: string | undefined): string {
  return (TIPS.find((tip) => tip.id === tipId) ?? TIPS[0]!).text;
}

/**
 * "Give me a tip": a tip the user hasn't heard yet, remembered; without the store, the first tip. Decided from the
 * stored list of tips heard, so two devices asking at once hear two different tips, and neither is skipped.
 */
export async function giveTip(input: HandlerInput): Promise<Response> {
  const text = tipText(await recordNextTip(turnOf(input)));
  show(input, { kind: 'answer', title: SCREEN.tip, text });
  return reply(input, join(say(TIP.intro), say(text)), { card: { title: 'Back care tip', text } });
}

/** The id of the tip to give, recorded as heard; `undefined` without readable progress. */
async function recordNextTip({ progress, today }: Turn): Promise<string | undefined> {
  if (!(await progress.get())) return undefined;
  const day = await today();
  const given = await progress.update((before) => {
    const tip = tipOfTheDay(before, day);
    return { change: { tipHeard: tip }, answer: () => ({ tipId: tip.tipId }) };
  });
  return given?.answer.tipId;
}
