import { HOLD_SECONDS_RANGE } from '../../lambda/coach/progress';
import { isRoutineId, ROUTINE_IDS, ROUTINES } from '../../lambda/content/routines';

const routines = ROUTINE_IDS.map((id) => ROUTINES[id]);

describe('stretch routines', () => {
  test.each(ROUTINE_IDS)('every step of the %s routine has a name, a position, a short position, a cue, a hold and a release', (id) => {
    for (const step of ROUTINES[id].steps) {
      for (const text of [step.name, step.position, step.shortPosition, step.cue, step.release]) {
        expect(text.trim().length).toBeGreaterThan(0);
      }
      expect(step.shortPosition.length).toBeLessThan(step.position.length);
      expect(Number.isInteger(step.holdSeconds)).toBe(true);
      expect(step.holdSeconds).toBeGreaterThanOrEqual(HOLD_SECONDS_RANGE.min);
      expect(step.holdSeconds).toBeLessThanOrEqual(HOLD_SECONDS_RANGE.max);
    }
  });

  test.each(ROUTINE_IDS)('the %s routine reminds the user to breathe', (id) => {
    expect(ROUTINES[id].steps.some((step) => /breath/i.test(step.cue))).toBe(true);
  });

  test.each(ROUTINE_IDS)('the %s routine tells the user to stop or ease off if it hurts', (id) => {
    expect(ROUTINES[id].steps.some((step) => /\b(stop|ease off|back off)\b/i.test(step.cue))).toBe(true);
  });

  test.each(ROUTINE_IDS)('a stretch done on both sides in the %s routine is the same stretch, left then right', (id) => {
    const steps = ROUTINES[id].steps;
    steps.forEach((step, index) => {
      if (step.side !== 'left') return;
      expect(steps[index + 1]).toMatchObject({ name: step.name, side: 'right' });
    });
  });

  test('each routine is known by its own id and name', () => {
    for (const id of ROUTINE_IDS) expect(ROUTINES[id].id).toBe(id);
    expect(new Set(routines.map((routine) => routine.name)).size).toBe(routines.length);
  });

  test.each(ROUTINE_IDS)('the minutes and place a screen shows for the %s routine are the ones its summary says', (id) => {
    const { summary, minutes, place } = ROUTINES[id];
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    expect(summary).toContain(`${words[minutes]} minutes`);
    expect(summary).toMatch(place === 'floor' ? /on the floor|easy stretches/ : /seated/);
  });

  test('only the three routine ids are routine ids', () => {
    expect(ROUTINE_IDS.every(isRoutineId)).toBe(true);
    for (const value of ['', 'Lower-Back', 'lower back', 'constructor', 7, undefined, null, {}]) {
      expect(isRoutineId(value)).toBe(false);
    }
  });

  test('no routine text points at a video or a link', () => {
    for (const routine of routines) {
      const texts = [routine.name, routine.summary, ...routine.steps.flatMap((s) => [s.position, s.shortPosition, s.cue, s.release])];
      for (const text of texts) expect(text).not.toMatch(/http|www\.|\bclick|\bvideo|\bwatch/i);
    }
  });
});
