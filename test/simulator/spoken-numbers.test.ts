import { parseSpokenDuration, parseSpokenNumber } from '../../simulator/spoken-numbers';
import { words } from '../../simulator/words';

const number = (text: string) => parseSpokenNumber(words(text));
const duration = (text: string) => parseSpokenDuration(words(text));

describe('spoken numbers', () => {
  it.each([
    ['35', 35],
    ['2.5', 2.5],
    ['zero', 0],
    ['seven', 7],
    ['fifteen', 15],
    ['forty', 40],
    ['thirty five', 35],
    ['thirty-five', 35],
    ['ninety nine', 99],
    ['a hundred', 100],
    ['one hundred', 100],
    ['one hundred and twenty', 120],
    ['a hundred and five', 105],
    ['fifteen hundred', 1500],
    ['two thousand and five', 2005],
    ['three thousand four hundred and twenty one', 3421],
    ['minus three', -3],
  ])('reads "%s" as %d', (text, expected) => {
    expect(number(text)).toBe(expected);
  });

  it.each(['', 'five six', 'twenty thirty', 'hundred', 'a', 'and', 'twelve five', 'one and two', 'seconds', 'thousand thousand'])(
    'does not read "%s" as one number',
    (text) => {
      expect(number(text)).toBeUndefined();
    },
  );
});

describe('spoken durations', () => {
  it.each([
    ['twenty minutes', 'PT20M'],
    ['25 minutes', 'PT25M'],
    ['forty five minutes', 'PT45M'],
    ['a minute', 'PT1M'],
    ['an hour', 'PT1H'],
    ['one hour', 'PT1H'],
    ['half an hour', 'PT30M'],
    ['a half hour', 'PT30M'],
    ['an hour and a half', 'PT1H30M'],
    ['one and a half hours', 'PT1H30M'],
    ['two and a half hours', 'PT2H30M'],
    ['an hour and twenty minutes', 'PT1H20M'],
    ['1 hour 15 minutes', 'PT1H15M'],
    ['a quarter of an hour', 'PT15M'],
    ['three quarters of an hour', 'PT45M'],
    ['ninety minutes', 'PT90M'],
    ['ten seconds', 'PT10S'],
    ['half a minute', 'PT30S'],
    ['a minute and a half', 'PT1M30S'],
    ['5 mins', 'PT5M'],
    ['two days', 'P2D'],
    ['a week', 'P1W'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(duration(text)).toBe(expected);
  });

  it.each(['twenty', 'minutes', 'a while', 'twenty minutes ago', 'half', 'for twenty minutes', ''])(
    'does not read "%s" as a duration',
    (text) => {
      expect(duration(text)).toBeUndefined();
    },
  );
});
