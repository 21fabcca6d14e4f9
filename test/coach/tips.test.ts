import { nextTip } from '../../lambda/coach/tips';

const ids = ['a', 'b', 'c'];

describe('tip rotation', () => {
  test('the next tip is the first one not heard yet', () => {
    expect(nextTip(ids, [])).toEqual({ tipId: 'a', newRound: false });
    expect(nextTip(ids, ['a', 'c'])).toEqual({ tipId: 'b', newRound: false });
  });

  test('no tip repeats until every tip was heard, then a new round starts', () => {
    const heard: string[] = [];
    const given: string[] = [];
    for (let day = 0; day < 7; day++) {
      const { tipId, newRound } = nextTip(ids, heard);
      if (newRound) heard.length = 0;
      heard.push(tipId);
      given.push(tipId);
    }
    expect(given).toEqual(['a', 'b', 'c', 'a', 'b', 'c', 'a']);
  });

  test('a new round never starts with the tip heard last', () => {
    expect(nextTip(ids, ['a', 'b', 'c'], 'a')).toEqual({ tipId: 'b', newRound: true });
    expect(nextTip(ids, ['a', 'b', 'c'], 'c')).toEqual({ tipId: 'a', newRound: true });
    expect(nextTip(['a'], ['a'], 'a')).toEqual({ tipId: 'a', newRound: true });
  });

  test('tips heard that no longer exist do not block the rotation', () => {
    expect(nextTip(ids, ['retired', 'a'])).toEqual({ tipId: 'b', newRound: false });
    expect(nextTip(ids, ['a', 'b', 'c', 'retired'])).toEqual({ tipId: 'a', newRound: true });
  });
});
