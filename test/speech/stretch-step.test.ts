import { ROUTINES } from '../../lambda/content/routines';
import { say } from '../../lambda/speech/ssml';
import { narrateStep, SETTLE_SECONDS, stepUntilHold } from '../../lambda/speech/stretch-step';
import { speechProblems, spokenText } from '../fixtures/speech-rules';
import { heardHold } from '../fixtures/stretch';

const [kneeLeft] = ROUTINES['lower-back'].steps;
const step = kneeLeft!;
const narrate = (overrides: Partial<Parameters<typeof narrateStep>[0]> = {}) =>
  narrateStep({ step, number: 1, total: 7, detailed: true, holdSeconds: 20, pace: 'normal', ...overrides });

describe('a narrated stretch', () => {
  test('names the stretch and side, positions the user, cues, times the hold and releases, in that order', () => {
    const said = spokenText(narrate());
    const order = ['Stretch 1 of 7: knee to chest, left side.', step.position, step.cue, 'Hold for 20 seconds.', step.release];
    const at = order.map((part) => said.indexOf(part));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test('up to its hold is everything said before the hold starts, ending on the hold it states', () => {
    for (const overrides of [{}, { detailed: false, holdSeconds: 45, pace: 'slow' as const }]) {
      const before = stepUntilHold({ step, number: 1, total: 7, detailed: true, holdSeconds: 20, pace: 'normal', ...overrides });
      expect(narrate(overrides).startsWith(before)).toBe(true);
      expect(spokenText(before)).toMatch(/Hold for (20|45) seconds\.$/);
    }
  });

  test('gives the short reminder instead of the full position when not detailed', () => {
    const said = spokenText(narrate({ detailed: false }));
    expect(said).toContain(step.shortPosition);
    expect(said).not.toContain(step.position);
  });

  test('times the hold it states', () => {
    for (const holdSeconds of [10, 20, 30, 45, 60]) {
      const hold = heardHold(narrate({ holdSeconds }), step);
      expect(hold.stated).toBe(holdSeconds);
      expect(Math.abs(hold.seconds - holdSeconds)).toBeLessThan(0.05);
    }
  });

  test('a slower pace gives more time to get into position and to rest after', () => {
    const normal = narrate();
    const slow = narrate({ pace: 'slow' });
    expect(SETTLE_SECONDS.slow.intoPosition).toBeGreaterThan(SETTLE_SECONDS.normal.intoPosition);
    expect(normal).toContain(`${say(step.position)} <break time="${SETTLE_SECONDS.normal.intoPosition}s"/>`);
    expect(slow).toContain(`${say(step.position)} <break time="${SETTLE_SECONDS.slow.intoPosition}s"/>`);
    expect(slow).toMatch(new RegExp(`<break time="${SETTLE_SECONDS.slow.afterRelease}s"/>$`));
  });

  test('every step of every routine narrates as valid SSML', () => {
    for (const routine of Object.values(ROUTINES)) {
      routine.steps.forEach((s, index) => {
        const ssml = narrateStep({ step: s, number: index + 1, total: routine.steps.length, detailed: true, holdSeconds: 60, pace: 'slow' });
        expect(speechProblems(`<speak>${ssml}</speak>`)).toEqual([]);
      });
    }
  });
});
