import { type Ssml, join, pause, say, silence, spokenSeconds, SPEECH_LIMITS } from './ssml';

/** What Alexa says during a hold; the words count toward the hold as spoken time. */
export interface HoldCues {
  /** Said between stretches of silence, in turn: "Keep breathing." */
  encouragements: readonly string[];
  /** Said before the last stretch of silence: "Ten more seconds." */
  secondsLeft(seconds: number): string;
}

/** The last stretch of silence in a hold, announced by `secondsLeft`. */
function finalSilenceSeconds(holdSeconds: number): number {
  if (holdSeconds >= 20) return 10;
  if (holdSeconds >= 12) return 5;
  return 0;
}

/**
 * A timed hold: silence in breaks of at most ten seconds, with short cues between them, lasting `holdSeconds`
 * in all. The silence is shortened by the estimated time Alexa takes to say the cues, so the stretch is held
 * for the stated time, give or take a second. A 30 s hold is 9 s of silence, "keep breathing", 9 s, "ten more
 * seconds", 10 s.
 */
export function hold(holdSeconds: number, cues: HoldCues): Ssml {
  const finalSeconds = finalSilenceSeconds(holdSeconds);
  // Chained breaks: a single one is capped at ten seconds, which would cut an 11 s hold short.
  if (finalSeconds === 0) return silence(holdSeconds);
  const lastCue = cues.secondsLeft(finalSeconds);
  const early = holdSeconds - finalSeconds - spokenSeconds(lastCue);

  // Split `early` into n silences of at most ten seconds with n - 1 encouragements between them.
  const longestCue = Math.max(...cues.encouragements.map(spokenSeconds));
  const max = SPEECH_LIMITS.maxBreakSeconds;
  const segments = Math.max(1, Math.ceil((early + longestCue) / (max + longestCue)));
  const between = Array.from({ length: segments - 1 }, (_, i) => cues.encouragements[i % cues.encouragements.length]!);
  const silencePerSegment = (early - between.reduce((sum, cue) => sum + spokenSeconds(cue), 0)) / segments;
  const parts: Ssml[] = [pause(silencePerSegment)];
  for (const cue of between) parts.push(say(cue), pause(silencePerSegment));
  return join(...parts, say(lastCue), pause(finalSeconds));
}
