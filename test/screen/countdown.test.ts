import { stepData } from '../../lambda/screen/datasources';
import { STEP_DOCUMENT } from '../../lambda/content/screens/step';
import { restingStep } from '../../lambda/screen/view';
import { readSessionState } from '../../lambda/session/state';

/**
 * The step document runs its countdown with its own commands. This plays those commands as a device would, second
 * by second, evaluating the document's data-binding expressions (which these use only in their JavaScript-like
 * subset: arithmetic, comparisons, `Math.floor`, `?:`) against the datasource the skill sends.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-data-binding-syntax.html
 */

type Scope = Record<string, unknown>;

/** The value of `${expression}` in `scope`; anything else is a literal. */
function evaluate(value: unknown, scope: Scope): unknown {
  const expression = typeof value === 'string' ? /^\$\{(.*)\}$/s.exec(value)?.[1] : undefined;
  if (expression === undefined) return value;
  const names = Object.keys(scope);
  return new Function(...names, `return (${expression});`)(...names.map((name) => scope[name]));
}

interface Shown {
  /** Milliseconds since the document appeared. */
  readonly at: number;
  readonly label: unknown;
  readonly clock: unknown;
}

/** What the countdown area shows from the moment the document appears, after each command that changes it. */
function playCountdown(payload: Scope): Shown[] {
  const root = STEP_DOCUMENT.mainTemplate.item;
  const [binding] = root.bind;
  let scope: Scope = { payload, Math, remaining: evaluate(binding.value, { payload }) };
  const parts = root.items as readonly { items?: readonly { id?: string; text: string }[] }[];
  const area = parts.find(({ items }) => items?.some(({ id }) => id === 'countdown'))!.items!;
  const [label, clock] = [area[0]!, area.find(({ id }) => id === 'countdown')!];
  const shown: Shown[] = [];
  const show = (at: number) => shown.push({ at, label: evaluate(label.text, scope), clock: evaluate(clock.text, scope) });

  let at = 0;
  show(at);
  const [countdown] = root.onMount;
  if (!evaluate(countdown.when, scope)) return shown;
  at += Number(evaluate(countdown.delay, scope));
  const repeats = Number(evaluate(countdown.repeatCount, scope));
  for (let round = 0; round <= repeats; round++) {
    for (const command of countdown.commands) {
      if (command.type === 'Idle') at += command.delay ?? 0;
      if (command.type === 'SetValue') {
        expect([command.componentId, command.property]).toEqual([root.id, binding.name]);
        scope = { ...scope, [binding.name]: evaluate(command.value, scope) };
        show(at);
      }
    }
  }
  return shown;
}

const session = readSessionState({});

describe('the countdown the step document runs', () => {
  test.each([10, 20, 30, 45, 60])('a %i second hold counts down each second from when the hold starts, ending on “And release”', (hold) => {
    const view = { ...restingStep({ routineId: 'lower-back', step: 0 }, readSessionState({ preferences: { holdSeconds: hold } })), holdStartsAfterSeconds: 21.2 };
    const shown = playCountdown(stepData(view));

    const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    expect(shown[0]).toEqual({ at: 0, label: 'Hold', clock: clock(hold) });
    expect(shown.slice(1, -1)).toEqual(
      Array.from({ length: hold - 1 }, (_, tick) => ({ at: 21_200 + (tick + 1) * 1000, label: 'Hold', clock: clock(hold - tick - 1) })),
    );
    expect(shown.at(-1)).toEqual({ at: 21_200 + hold * 1000, label: '', clock: 'And release' });
  });

  test('a step shown at rest or paused shows its hold and runs no countdown', () => {
    expect(playCountdown(stepData(restingStep({ routineId: 'quick', step: 0 }, session)))).toEqual([{ at: 0, label: 'Hold', clock: '0:30' }]);
    expect(playCountdown(stepData(restingStep({ routineId: 'quick', step: 0 }, session, true)))).toEqual([
      { at: 0, label: 'Paused', clock: '0:30' },
    ]);
  });
});
