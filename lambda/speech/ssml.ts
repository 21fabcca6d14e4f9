/**
 * Small pure builders for Alexa SSML. Every piece of speech the skill sends is built here, so the platform's
 * limits are enforced in one place and anything a user said is escaped before it can reach the markup.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html
 */

/** Alexa's limits for one response. */
export const SPEECH_LIMITS = {
  /** Longest single `<break>`. */
  maxBreakSeconds: 10,
  /** Characters of `outputSpeech.ssml`, tags included. */
  maxSsmlCharacters: 8000,
  /** Seconds of speech and silence together in one response. */
  maxAudioSeconds: 240,
} as const;

/**
 * How long Alexa takes to say a word at the default rate (about 150 words a minute). Used to count spoken cues
 * toward a timed hold and to estimate a response's length.
 */
export const SECONDS_PER_WORD = 0.4;

declare const ssmlBrand: unique symbol;
/** A fragment of SSML that is safe to place inside `<speak>`: text in it has been escaped. */
export type Ssml = string & { readonly [ssmlBrand]: true };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Plain text, escaped for SSML. Control characters, which Alexa rejects, become spaces. */
export function say(text: string): Ssml {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  return clean.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) as Ssml;
}

/** Fragments joined with a space. */
export function join(...parts: readonly (Ssml | undefined | false)[]): Ssml {
  return parts.filter((p): p is Ssml => Boolean(p)).join(' ') as Ssml;
}

/** One `<break>` of at most {@link SPEECH_LIMITS.maxBreakSeconds}; longer silences are chained (see {@link silence}). */
export function pause(seconds: number): Ssml {
  const ms = Math.round(Math.min(Math.max(seconds, 0), SPEECH_LIMITS.maxBreakSeconds) * 1000);
  return (ms % 1000 === 0 ? `<break time="${ms / 1000}s"/>` : `<break time="${ms}ms"/>`) as Ssml;
}

/** Silence of any length, as consecutive breaks of at most ten seconds each. */
export function silence(seconds: number): Ssml {
  const parts: Ssml[] = [];
  let left = Math.round(seconds * 1000) / 1000;
  while (left > 0) {
    const piece = Math.min(left, SPEECH_LIMITS.maxBreakSeconds);
    parts.push(pause(piece));
    left = Math.round((left - piece) * 1000) / 1000;
  }
  return parts.join('') as Ssml;
}

/** Estimated seconds Alexa takes to say `text`. */
export function spokenSeconds(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return words * SECONDS_PER_WORD;
}

/**
 * Estimated seconds Alexa takes to play `ssml`: its breaks plus its words at {@link SECONDS_PER_WORD}, the same
 * estimate that times the words inside a hold.
 */
export function playingSeconds(ssml: Ssml): number {
  const breaks = [...ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)];
  const silence = breaks.reduce((sum, [, n, unit]) => sum + (unit === 'ms' ? Number(n) / 1000 : Number(n)), 0);
  return silence + spokenSeconds(ssml.replace(/<[^>]*>/g, ' '));
}
