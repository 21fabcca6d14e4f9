import { MAX_WALK_MINUTES, walkMinutes } from '../../lambda/coach/walks';

describe('walk durations', () => {
  test.each([
    ['PT20M', 20],
    ['PT1H30M', 90],
    ['PT2H', 120],
    ['PT90S', 2],
    ['PT45S', 1],
    ['PT20S', 0],
    ['PT0.5H', 30],
    ['P1D', 1440],
    ['P1W', 10080],
  ])('%s is %i minutes', (duration, minutes) => {
    expect(walkMinutes(duration)).toBe(minutes);
  });

  test.each(['', 'P', 'PT', 'twenty minutes', '20', 'PT20X', 'P1DT'])('"%s" is not a duration', (duration) => {
    expect(walkMinutes(duration)).toBeUndefined();
  });

  test('the longest walk logged at once is twelve hours', () => {
    expect(MAX_WALK_MINUTES).toBe(720);
  });
});
