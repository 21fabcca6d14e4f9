import { parseSpokenTime } from '../../simulator/spoken-times';
import { words } from '../../simulator/words';

describe('spoken times of day, as Alexa fills AMAZON.TIME', () => {
  test.each([
    ['seven', '07:00'],
    ['9 pm', '21:00'],
    ['nine p.m.', '21:00'],
    ['half past six', '06:30'],
    ['six thirty', '06:30'],
    ['6:30 pm', '18:30'],
    ['quarter to eight in the evening', '19:45'],
    ['ten past nine', '09:10'],
    ["seven o'clock", '07:00'],
    ['twelve am', '00:00'],
    ['noon', '12:00'],
    ['morning', 'MO'],
  ])('"%s" is %s', (said, value) => {
    expect(parseSpokenTime(words(said))).toBe(value);
  });

  test.each(['my reminder', 'seven minutes', 'twenty five o clock', ''])('"%s" is no time', (said) => {
    expect(parseSpokenTime(words(said))).toBeUndefined();
  });
});
