import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { TIP } from '../content/prompts';
import { SCREEN } from '../content/screen-text';
import { TIPS } from '../content/tips';
import { show } from '../screen/view';
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
  show(input, { kind: 'answer', title: SCREEN.tip, text: tip.text });
  return reply(input, join(say(TIP.todays), say(tip.text)), { card: { title: 'Back care tip', text: tip.text } });
}
