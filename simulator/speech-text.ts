import type { ui } from 'ask-sdk-model';

/**
 * Turns Alexa output speech into text a person can read in a terminal: SSML tags go, pauses show as
 * `[pause 10s]`, sound effects as `[audio]`, entities are unescaped and whitespace tidied.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/speech-synthesis-markup-language-ssml-reference.html
 */

/** Break strengths in seconds, as Alexa renders them; `none` and `x-weak` make no pause. */
const BREAK_STRENGTH_SECONDS = {
  none: 0,
  'x-weak': 0,
  weak: 0.35,
  medium: 0.75,
  strong: 1,
  'x-strong': 1,
} as const satisfies Record<string, number>;

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as const satisfies Record<string, string>;

/** A pause marker that survives tag stripping, so adjacent pauses can be merged before they are shown. */
const PAUSE = '\u0000pause:';
const PAUSE_END = '\u0000';

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*(["'])(.*?)\\1`, 'i').exec(tag)?.[2];
}

/** "10s" → 10, "500ms" → 0.5; undefined when the time is not one Alexa accepts. */
export function breakSeconds(time: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)\s*$/i.exec(time);
  if (!match?.[1] || !match[2]) return undefined;
  const value = Number(match[1]);
  return match[2].toLowerCase() === 'ms' ? value / 1000 : value;
}

/** `[pause 10s]`, `[pause 0.5s]`: seconds with no needless decimals. */
export function pauseLabel(seconds: number): string {
  return `[pause ${Number(seconds.toFixed(2))}s]`;
}

function breakTag(tag: string): string {
  const time = attribute(tag, 'time');
  const strength = attribute(tag, 'strength');
  const seconds =
    time !== undefined
      ? breakSeconds(time)
      : strength !== undefined && strength in BREAK_STRENGTH_SECONDS
        ? BREAK_STRENGTH_SECONDS[strength as keyof typeof BREAK_STRENGTH_SECONDS]
        : BREAK_STRENGTH_SECONDS.medium;
  if (seconds === undefined) return ` [pause ${time}] `;
  return seconds > 0 ? ` ${PAUSE}${seconds}${PAUSE_END} ` : ' ';
}

function unescapeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity.toLowerCase() as keyof typeof ENTITIES];
    return named ?? whole;
  });
}

/** Runs of pauses with only spaces between them read as one longer pause: a 30 s hold is three 10 s breaks. */
function showPauses(text: string): string {
  const run = new RegExp(`${PAUSE}([\\d.]+)${PAUSE_END}(?:\\s*${PAUSE}[\\d.]+${PAUSE_END})*`, 'g');
  return text.replace(run, (whole) => {
    const total = [...whole.matchAll(new RegExp(`${PAUSE}([\\d.]+)${PAUSE_END}`, 'g'))].reduce(
      (sum, match) => sum + Number(match[1]),
      0,
    );
    return pauseLabel(total);
  });
}

function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?;:])/g, '$1')
    .trim();
}

/** Readable text for an SSML string (with or without the `<speak>` wrapper). */
export function ssmlToText(ssml: string): string {
  const withoutMarkup = ssml
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<break\b[^>]*\/?>/gi, breakTag)
    .replace(/<audio\b[^>]*\/?>(?:\s*<\/audio>)?/gi, ' [audio] ')
    // Alexa speaks a sub's alias in place of its text.
    .replace(/<sub\b([^>]*)>([\s\S]*?)<\/sub>/gi, (_sub, attributes: string, inner: string) => ` ${attribute(attributes, 'alias') ?? inner} `)
    .replace(/<\/?(?:p|s)\b[^>]*>/gi, ' ')
    .replace(/<[^>]+>/g, '');
  return tidy(unescapeEntities(showPauses(withoutMarkup)));
}

/** Readable text for any output speech, plain text or SSML. */
export function outputSpeechText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  const text = speech.type === 'SSML' ? ssmlToText(speech.ssml ?? '') : tidy(speech.text ?? '');
  return text === '' ? undefined : text;
}
