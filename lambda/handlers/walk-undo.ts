import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { walkDayId } from '../coach/walks';
import { WALK } from '../content/prompts';
import { turnOf } from '../session/turn';
import { say } from '../speech/ssml';
import { reply } from './follow-up';

/**
 * "Undo that", "delete my last walk": takes the walk logged last off the totals, once. Decided from the stored
 * last walk, and written only while it is still the last one; a request Alexa sends again gets the first answer.
 */
export async function undoWalk(input: HandlerInput): Promise<Response> {
  const turn = turnOf(input);
  const stored = await turn.progress.get();
  if (!stored) return reply(input, say(WALK.undoNotSaved));
  if (!stored.lastWalk) return reply(input, say(WALK.nothingToUndo));
  const today = await turn.today();
  const undone = await turn.progress.update((before) => {
    const walk = before.lastWalk;
    if (!walk) return { change: {}, answer: () => ({}) };
    // Nothing written since the walk: its streak is put back as it was before it.
    const streak = walk.undo?.version === before.version ? walk.undo.streak : undefined;
    return {
      change: { undoWalk: walk, ...(streak && { streak }) },
      answer: (after) => ({ walkMinutes: after.walkMinutes, undoneWalk: { minutes: walk.minutes, day: walk.day } }),
    };
  });
  if (!undone?.saved) return reply(input, say(WALK.undoNotSaved));
  const { undoneWalk, walkMinutes = 0 } = undone.answer;
  if (!undoneWalk) return reply(input, say(WALK.nothingToUndo));
  return reply(input, say(WALK.undone({ minutes: undoneWalk.minutes, when: walkDayId(today, undoneWalk.day) }, walkMinutes)));
}
