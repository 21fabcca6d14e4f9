import { withoutWakeWord, words } from './words';

/**
 * What a line the user typed asks for, read the way Alexa reads the words around a skill's invocation name.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/understanding-how-users-invoke-custom-skills.html
 */
export type Said =
  /** A blank line. */
  | { kind: 'nothing' }
  /** "open back care coach": a LaunchRequest in a new session. */
  | { kind: 'open' }
  /** "ask back care coach to start a stretch": a new session with an IntentRequest for the request. */
  | { kind: 'one-shot'; utterance: string }
  /** "exit": the user leaves the skill. */
  | { kind: 'exit' }
  /** Anything else: said inside the open session. */
  | { kind: 'utterance'; utterance: string };

const OPEN_WORDS = new Set(['open', 'launch', 'start', 'begin', 'run', 'load', 'use']);
const ASK_WORDS = new Set(['ask', 'tell']);
/** Connecting words Alexa drops between the invocation name and the request. */
const CONNECTORS = new Set(['to', 'for', 'about', 'if', 'whether', 'that', 'and']);
/** "start a stretch using back care coach". */
const TRAILING_CONNECTORS = new Set(['using', 'with', 'from', 'on']);
const EXIT_LINES = new Set(['exit', 'quit']);

function startsWith(tokens: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((word, offset) => tokens[at + offset] === word);
}

/** Reads one typed line: the wake word and punctuation are dropped, the invocation name found. */
export function parseLine(line: string, invocationName: string): Said {
  const tokens = withoutWakeWord(words(line));
  const name = words(invocationName);
  if (tokens.length === 0) return { kind: 'nothing' };
  if (tokens.length === 1 && EXIT_LINES.has(tokens[0] ?? '')) return { kind: 'exit' };

  const [verb] = tokens;
  if (verb !== undefined && (OPEN_WORDS.has(verb) || ASK_WORDS.has(verb)) && startsWith(tokens, 1, name)) {
    let rest = tokens.slice(1 + name.length);
    if (CONNECTORS.has(rest[0] ?? '')) rest = rest.slice(1);
    return rest.length === 0 ? { kind: 'open' } : { kind: 'one-shot', utterance: rest.join(' ') };
  }
  const nameAt = tokens.length - name.length;
  if (nameAt >= 2 && TRAILING_CONNECTORS.has(tokens[nameAt - 1] ?? '') && startsWith(tokens, nameAt, name)) {
    return { kind: 'one-shot', utterance: tokens.slice(0, nameAt - 1).join(' ') };
  }
  return { kind: 'utterance', utterance: tokens.join(' ') };
}
