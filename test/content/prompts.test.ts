import { FALLBACK, GOODBYE, HELP, hoursAndMinutes, PROGRESS, STRETCH, WELCOME } from '../../lambda/content/prompts';

describe('prompts', () => {
  test('the welcome names two or three things to try', () => {
    const suggestions = ['guide me through a stretch', 'give me a tip', 'what helps a tight back'];
    for (const suggestion of suggestions) expect(WELCOME.menu).toContain(suggestion);
  });

  test('help says what the user can ask and that this is general information, not medical advice', () => {
    expect(HELP.general).toMatch(/guide me through a stretch/);
    expect(HELP.general).toMatch(/is walking good for back pain/);
    expect(HELP.general).toMatch(/general information, not medical advice/);
    expect(HELP.general).toMatch(/see a doctor/);
  });

  test('stopping mid-routine says how far the user got', () => {
    expect(GOODBYE.duringStretch(3, 7, 'lower back', true)).toBe(
      'Good work. You got to stretch 3 of 7 in the lower back routine. Next time, say resume to pick up there. Take care!',
    );
    expect(GOODBYE.duringStretch(3, 7, 'lower back', false)).toBe(
      'Good work. You got to stretch 3 of 7 in the lower back routine. Take care!',
    );
  });

  test('counts are spoken with the right plural', () => {
    expect(STRETCH.left(['chin tuck'], 1)).toBe('1 stretch left after this one, about 1 minute: chin tuck.');
    expect(STRETCH.left(['a', 'b'], 2, false)).toBe('2 stretches left, about 2 minutes: a and b.');
    expect(STRETCH.left(['a', 'b', 'c'], 3)).toBe('3 stretches left after this one, about 3 minutes: a, b, and c.');
    expect(STRETCH.weekSessions(1)).toBe('That’s 1 session this week.');
    expect(WELCOME.streak(3)).toMatch(/3 day streak/);
  });

  test('lengths of time are read in hours and minutes', () => {
    expect(hoursAndMinutes(1)).toBe('1 minute');
    expect(hoursAndMinutes(45)).toBe('45 minutes');
    expect(hoursAndMinutes(60)).toBe('1 hour');
    expect(hoursAndMinutes(61)).toBe('1 hour and 1 minute');
    expect(hoursAndMinutes(1082)).toBe('18 hours and 2 minutes');
    expect(hoursAndMinutes(1200)).toBe('20 hours');
  });

  test('a streak still alive is cheered on; a broken one is not', () => {
    expect(PROGRESS.streak(3, 3)).toBe('You’re on a 3 day streak, your best yet. Keep it up!');
    expect(PROGRESS.streak(2, 5)).toBe('You’re on a 2 day streak, and your best is 5 days. Keep it up!');
    expect(PROGRESS.streak(0, 3)).toBe('Your best streak is 3 days. A stretch or a walk today starts a new one.');
    expect(PROGRESS.streak(0, 0)).toBe('A stretch or a walk today starts your streak.');
  });

  test('the fallback redirects with examples', () => {
    expect(FALLBACK.general).toMatch(/like is stretching good for back pain/);
    expect(FALLBACK.general).toMatch(/guide you through a stretch/);
  });
});
