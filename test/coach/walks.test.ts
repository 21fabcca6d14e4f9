import {
  bareMinutes,
  MAX_WALK_MINUTES,
  minutesAtEasyPace,
  parseDistance,
  WALK_DAYS,
  walkDay,
  walkDayId,
  walkMinutes,
} from '../../lambda/coach/walks';
import { readInteractionModel } from '../model/skill-package';

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

describe('bare numbers of minutes', () => {
  test.each([
    ['15', 15],
    ['0', 0],
  ])('"%s" is %i minutes', (number, minutes) => expect(bareMinutes(number)).toBe(minutes));

  test.each(['?', '', '-5', '2.5', 'fifteen'])('"%s" is not a number of minutes', (number) => {
    expect(bareMinutes(number)).toBeUndefined();
  });
});

describe('walk distances', () => {
  test.each([
    ['three miles', 3, 'mile'],
    ['a mile', 1, 'mile'],
    ['a 10k', 10, 'kilometre'],
    ['10k', 10, 'kilometre'],
    ['ten k', 10, 'kilometre'],
    ['a kilometre', 1, 'kilometre'],
    ['5 km', 5, 'kilometre'],
    ['two and a half miles', 2.5, 'mile'],
    ['a mile and a half', 1.5, 'mile'],
    ['half a mile', 0.5, 'mile'],
    ['about four point five miles', 4.5, 'mile'],
    ['twenty one kilometers', 21, 'kilometre'],
    ['2.5 miles', 2.5, 'mile'],
    ['2.5-miles', 2.5, 'mile'],
    ['a five k walk', 5, 'kilometre'],
    ['a couple of miles', 2, 'mile'],
  ])('"%s" is %d %s', (words, amount, unit) => {
    expect(parseDistance(words)).toEqual({ amount, unit });
  });

  test.each(['', 'yoga', 'miles and miles', 'a long way', 'zero miles', 'three', 'five six miles'])('"%s" is not a distance', (words) => {
    expect(parseDistance(words)).toBeUndefined();
  });

  test('the time is estimated at an easy pace of twenty minutes a mile, to the nearest five minutes', () => {
    expect(minutesAtEasyPace({ amount: 2, unit: 'mile' })).toBe(40);
    expect(minutesAtEasyPace({ amount: 2.5, unit: 'mile' })).toBe(50);
    expect(minutesAtEasyPace({ amount: 10, unit: 'kilometre' })).toBe(125);
    expect(minutesAtEasyPace({ amount: 0.1, unit: 'kilometre' })).toBe(5);
  });

  test('every distance in the interaction model reads as the distance its id names', () => {
    const type = readInteractionModel().interactionModel.languageModel.types?.find((candidate) => candidate.name === 'WALK_DISTANCE');
    const values = type?.values ?? [];
    expect(values.length).toBeGreaterThan(10);
    for (const { id, name } of values) {
      const expected = parseDistance(id ?? '');
      expect(expected).toBeDefined();
      for (const words of [name.value, ...(name.synonyms ?? [])]) expect([words, parseDistance(words)]).toEqual([words, expected]);
    }
  });
});

describe('walk days', () => {
  test('a walk is on today, yesterday or the day before, as said', () => {
    expect(walkDay('2026-03-01', undefined)).toBe('2026-03-01');
    expect(walkDay('2026-03-01', 'yesterday')).toBe('2026-02-28');
    expect(walkDay('2026-03-01', 'day-before-yesterday')).toBe('2026-02-27');
    expect(walkDayId('2026-03-01', '2026-02-28')).toBe('yesterday');
    expect(walkDayId('2026-03-01', '2026-02-20')).toBeUndefined();
  });

  test('the interaction model names exactly the days the skill knows', () => {
    const type = readInteractionModel().interactionModel.languageModel.types?.find((candidate) => candidate.name === 'WALK_DAY');
    expect(type?.values.map((value) => value.id).sort()).toEqual(Object.keys(WALK_DAYS).sort());
  });
});
