import { emptyProgress, type Progress } from '../../lambda/coach/progress';
import { daysToForget, DAYS_KEPT, sessionsThisWeek } from '../../lambda/coach/week';

const withSessions = (sessionsByDay: Record<string, number>): Progress => ({ ...emptyProgress(), sessionsByDay });

describe('the week', () => {
  test('this week is the seven days ending today', () => {
    const progress = withSessions({ '2026-03-03': 5, '2026-03-04': 1, '2026-03-08': 2, '2026-03-10': 1, '2026-03-11': 9 });
    expect(sessionsThisWeek(progress, '2026-03-10')).toBe(4);
  });

  test('no sessions is zero this week', () => {
    expect(sessionsThisWeek(emptyProgress(), '2026-03-10')).toBe(0);
  });

  test('days older than two weeks are forgotten, the rest kept', () => {
    expect(DAYS_KEPT).toBe(14);
    const progress = withSessions({ '2026-02-20': 1, '2026-02-25': 1, '2026-02-26': 1, '2026-03-10': 1 });
    expect(daysToForget(progress, '2026-03-10').sort()).toEqual(['2026-02-20']);
  });
});
