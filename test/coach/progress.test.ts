import { applyChange, emptyProgress, parseProgress, type Progress } from '../../lambda/coach/progress';

describe('progress changes', () => {
  test('a completed routine counts per routine and per day', () => {
    const after = applyChange(emptyProgress(), { completedRoutine: { routineId: 'quick', day: '2026-03-10' } });
    const again = applyChange(after, { completedRoutine: { routineId: 'quick', day: '2026-03-10' } });
    expect(again.sessionsCompleted).toEqual({ quick: 2 });
    expect(again.sessionsByDay).toEqual({ '2026-03-10': 2 });
  });

  test('walks add up', () => {
    const after = applyChange(applyChange(emptyProgress(), { walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' } }), { walk: { minutes: 15, day: '2025-03-04', id: 'walk-15' } });
    expect(after).toMatchObject({ walksLogged: 2, walkMinutes: 35 });
  });

  test('the first visit is kept and the last one moves', () => {
    const first = applyChange(emptyProgress(), { visitAt: '2026-03-01T10:00:00Z' });
    const second = applyChange(first, { visitAt: '2026-03-02T10:00:00Z' });
    expect(second).toMatchObject({ firstVisit: '2026-03-01T10:00:00Z', lastVisit: '2026-03-02T10:00:00Z' });
  });

  test('an unfinished routine is remembered and cleared', () => {
    const during = applyChange(emptyProgress(), { unfinished: { routineId: 'quick', step: 2 } });
    expect(during.unfinished).toEqual({ routineId: 'quick', step: 2 });
    expect(applyChange(during, { unfinished: null }).unfinished).toBeUndefined();
  });

  test('a new tip round starts the heard list afresh', () => {
    const heard = applyChange(emptyProgress(), { tipHeard: { tipId: 'a', day: '2026-03-01', newRound: false } });
    const more = applyChange(heard, { tipHeard: { tipId: 'b', day: '2026-03-02', newRound: false } });
    expect(more.tipsHeard).toEqual(['a', 'b']);
    const round = applyChange(more, { tipHeard: { tipId: 'a', day: '2026-03-03', newRound: true } });
    expect(round).toMatchObject({ tipsHeard: ['a'], lastTipDay: '2026-03-03' });
  });

  test('old days are forgotten', () => {
    const progress: Progress = { ...emptyProgress(), sessionsByDay: { '2026-01-01': 1, '2026-03-10': 1 } };
    expect(applyChange(progress, { forgetDays: ['2026-01-01'] }).sessionsByDay).toEqual({ '2026-03-10': 1 });
  });

  test('applying a change leaves the original untouched', () => {
    const original = emptyProgress();
    applyChange(original, { walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' }, completedRoutine: { routineId: 'quick', day: '2026-03-10' } });
    expect(original).toEqual(emptyProgress());
  });
});

describe('progress read back from session attributes', () => {
  test('a well-formed cache reads back as it was', () => {
    const progress = applyChange(emptyProgress(), {
      visitAt: '2026-03-01T10:00:00Z',
      walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' },
      completedRoutine: { routineId: 'quick', day: '2026-03-01' },
      preferences: { holdSeconds: 30, pace: 'slow' },
      streak: { current: 1, best: 1, lastActiveDay: '2026-03-01' },
    });
    expect(parseProgress(JSON.parse(JSON.stringify(progress)))).toEqual(progress);
  });

  test('a cache with fields of the wrong type falls back to defaults field by field', () => {
    const parsed = parseProgress({
      sessionsCompleted: 'lots',
      sessionsByDay: { '2026-03-01': -2, '2026-03-02': 'x', '2026-03-03': 1 },
      walksLogged: -3,
      walkMinutes: '20',
      streak: 'long',
      unfinished: { routineId: 'quick', step: 'x' },
      preferences: { holdSeconds: 'forever', pace: 'warp' },
      tipsHeard: ['a', 7, null],
      lastTipDay: 20260301,
    });
    expect(parsed).toEqual({
      ...emptyProgress(),
      sessionsByDay: { '2026-03-03': 1 },
      tipsHeard: ['a'],
      preferences: { holdSeconds: undefined, pace: undefined },
      streak: { current: 0, best: 0, lastActiveDay: undefined },
      firstVisit: undefined,
      lastVisit: undefined,
      unfinished: undefined,
      lastTipDay: undefined,
    });
  });

  test('a cache that is not an object is no cache', () => {
    for (const value of ['garbage', 42, null, undefined, ['a']]) expect(parseProgress(value)).toBeUndefined();
  });
});
