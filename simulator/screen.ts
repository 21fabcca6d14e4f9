import type { interfaces, ResponseEnvelope } from 'ask-sdk-model';
import type { ScreenData } from '../lambda/screen/datasources';

/**
 * What an Echo Show would show, in words: the simulator's `--screen` view of the skill's APL documents, and the
 * touch targets on them. It reads the datasources the skill sends, which carry everything that changes on screen.
 *
 *     [screen: Stretch 2 of 7 — knee to chest, right side — 0:20 countdown]
 *     [touch: back | pause | next]
 */

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

/** Something on screen to touch, and the `arguments` its `SendEvent` sends. */
export interface TouchTarget {
  readonly label: string;
  readonly arguments: readonly string[];
}

/** The screen a response puts up, if it puts one up. */
export function renderedScreen(envelope: ResponseEnvelope): RenderDocument | undefined {
  return envelope.response.directives?.find(
    (directive): directive is RenderDocument => directive.type === 'Alexa.Presentation.APL.RenderDocument',
  );
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

export function touchTargets(screen: RenderDocument): TouchTarget[] {
  const { home, step } = (screen.datasources ?? {}) as ScreenData;
  if (home) return home.routines.map(({ id, name }) => ({ label: name, arguments: ['routine', id] }));
  if (step) return step.buttons.map(({ event, label }) => ({ label, arguments: [event] }));
  return [];
}

/** The screen in one line, and its touch targets in another. */
export function screenLines(screen: RenderDocument): string[] {
  const { home, step, answer } = (screen.datasources ?? {}) as ScreenData;
  let shown: string;
  if (home) {
    const routines = home.routines.map(({ name, detail }) => `${name} (${detail})`).join(', ');
    shown = [home.title, routines, home.tip && `${home.tipTitle}: ${home.tip}`].filter(Boolean).join(' — ');
  } else if (step) {
    const countdown = step.countdown ? 'countdown' : step.holdLabel.toLowerCase();
    shown = `${step.count} — ${step.stretch} — ${clock(step.holdSeconds)} ${countdown}`;
  } else if (answer) {
    shown = `${answer.urgent ? answer.title.toUpperCase() : answer.title} — ${answer.summary}`;
  } else {
    shown = screen.token ?? 'a document';
  }
  const targets = touchTargets(screen).map(({ label }) => label.toLowerCase());
  return [`  [screen: ${shown}]`, ...(targets.length ? [`  [touch: ${targets.join(' | ')}]`] : [])];
}

const FILLER = new Set(['the', 'a', 'routine', 'button', 'on']);
const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !FILLER.has(word));

/**
 * The target a person means by "touch quick routine": the one whose label (or what it sends) has every word they
 * used, the shortest such label when several do.
 */
export function findTouchTarget(screen: RenderDocument, touched: string): TouchTarget | undefined {
  const wanted = words(touched);
  if (wanted.length === 0) return undefined;
  return touchTargets(screen)
    .filter((target) => {
      const offered = new Set([...words(target.label), ...target.arguments.flatMap(words)]);
      return wanted.every((word) => offered.has(word));
    })
    .sort((a, b) => words(a.label).length - words(b.label).length)[0];
}
