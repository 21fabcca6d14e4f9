import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { TIP } from '../content/prompts';
import { TIPS } from '../content/tips';
import { turnOf } from '../session/turn';
import { join, say } from '../speech/ssml';
import { reply } from './follow-up';
import { giveTip } from './tip';

/** "What was today's tip?": the tip heard last today, again and unchanged; before any, the day's first tip. */
export async function repeatTodaysTip(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const stored = await turn.progress.get();
  const heardToday = stored?.lastTipDay === (await turn.today()) ? stored?.lastTipId : undefined;
  const tip = TIPS.find(({ id }) => id === heardToday);
  if (!tip) return giveTip(input);
  return reply(input, join(say(TIP.todays), say(tip.text)), { card: { title: 'Back care tip', text: tip.text } });
}
