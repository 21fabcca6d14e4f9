import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { SAFETY } from '../../content/safety';
import { turnOf } from '../../session/turn';
import { say } from '../../speech/ssml';
import { reply } from '../follow-up';
import { presentNext } from './next';

/** "Go gentler": shorter holds for the rest of this session. */
export function goGentler(input: HandlerInput): Response {
  turnOf(input).state.gentle = true;
  return reply(input, say(SAFETY.gentler));
}

/** "Go gentler" after a stretch hurt: the rest of the routine with shorter holds, from the next stretch. */
export function goGentlerOn(input: HandlerInput): Promise<Response> {
  turnOf(input).state.gentle = true;
  return presentNext(input, { opening: say(SAFETY.gentler) });
}
