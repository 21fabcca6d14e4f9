import { storedChangeProblems, type StoredItem } from './stored-changes';

/** The storm's oracle must catch what it is there to catch, or the storm proves nothing. */
const before: StoredItem = {
  userId: 'amzn1.ask.account.U',
  schemaVersion: 2,
  version: 1,
  receipt_r1: { at: 1764576000000, answer: {} },
  firstVisit: '2026-11-01T08:00:00.000Z',
  lastVisit: '2026-11-28T08:00:00.000Z',
  walksLogged: 2,
  walkMinutes: 55,
  'completed_lower-back': 1,
  'day_2026-11-28': 1,
  streak: { current: 3, best: 5, lastActiveDay: '2026-11-28' },
  unfinished: { routineId: 'quick', step: 1 },
  holdSeconds: 30,
  pace: 'slow',
  tipsHeard: new Set(['work-your-core']),
  lastTipDay: '2026-11-28',
};

describe('storedChangeProblems', () => {
  test.each<[string, StoredItem | undefined]>([
    ['no change', before],
    ['a walk logged', { ...before, version: 2, receipt_r2: { at: 1764576060000, answer: { walkMinutes: 75 } }, walksLogged: 3, walkMinutes: 75 }],
    [
      'a routine finished, an old day forgotten',
      { ...before, version: 2, receipt_r2: { at: 1764576060000, answer: { walkMinutes: 75 } }, 'completed_quick': 1, 'day_2026-11-30': 1, 'day_2026-11-28': undefined, unfinished: undefined },
    ],
    ['a preference changed', { ...before, version: 2, receipt_r2: { at: 1764576060000, answer: { walkMinutes: 75 } }, holdSeconds: 45, pace: 'normal' }],
  ])('accepts %s', (_case, after) => {
    const cleaned = after && Object.fromEntries(Object.entries(after).filter(([, value]) => value !== undefined));
    expect(storedChangeProblems(before, cleaned)).toEqual([]);
  });

  test.each<[string, StoredItem | undefined, RegExp]>([
    ['a deleted item', undefined, /deleted/],
    ['fewer walks', { ...before, walksLogged: 1 }, /walksLogged went down/],
    ['a walk without minutes', { ...before, walksLogged: 3 }, /1 walks added 0 minutes/],
    ['minutes as a string', { ...before, walkMinutes: '55' }, /walkMinutes is "55"/],
    ['a session of a routine that does not exist', { ...before, 'completed_<speak>': 1, 'day_2026-11-30': 1 }, /unknown routine/],
    ['a session counted on no day', { ...before, 'completed_lower-back': 2 }, /1 sessions but 0 on days/],
    ['a day counter for something that is not a day', { ...before, 'day_yesterday': 1, 'completed_quick': 1 }, /a day counter/],
    ['a moved first visit', { ...before, firstVisit: '2026-11-30T08:00:00.000Z' }, /firstVisit moved/],
    ['a streak of the wrong shape', { ...before, streak: 'long' }, /streak is/],
    ['an unfinished routine at a step that does not exist', { ...before, unfinished: { routineId: 'quick', step: 99 } }, /unfinished is/],
    ['a hold out of range', { ...before, holdSeconds: 600 }, /holdSeconds is 600/],
    ['a tip nobody wrote', { ...before, tipsHeard: new Set(['work-your-core', 'buy-my-pills']) }, /unknown tip/],
    ['an attribute the skill never writes', { ...before, isAdmin: true }, /unexpected attribute/],
    ['a receipt without a new version', { ...before, receipt_r2: { at: 1764576060000, answer: {} } }, /1 receipts added in 0 versions/],
    ['a receipt that is not one', { ...before, version: 2, receipt_r2: 'done' }, /receipt_r2 is not a receipt/],
  ])('flags %s', (_case, after, problem) => {
    expect(storedChangeProblems(before, after).join('; ')).toMatch(problem);
  });
});
