import { emptyProgress } from '../../lambda/coach/progress';
import { preferencesOf, readSessionState, toSessionAttributes, type SessionState } from '../../lambda/session/state';

const clean: SessionState = { explained: [], toldControls: false, preferences: {}, stretch: undefined, finishedRoutine: undefined, offer: undefined, lastTopic: undefined, progress: undefined, timeZone: undefined };

describe('session state', () => {
  test('a state survives the round trip through session attributes', () => {
    const state: SessionState = {
      stretch: { routineId: 'lower-back', step: 3 },
      finishedRoutine: 'quick',
      explained: ['knee to chest'],
      toldControls: true,
      offer: { kind: 'resume', position: { routineId: 'quick', step: 1 } },
      lastTopic: 'walking',
      preferences: { holdSeconds: 45, pace: 'slow' },
      progress: { ...emptyProgress(), walksLogged: 2, walkMinutes: 40 },
      timeZone: 'Pacific/Auckland',
    };
    expect(readSessionState(JSON.parse(JSON.stringify(toSessionAttributes(state))))).toEqual(state);
  });

  test.each([
    ['no attributes', undefined],
    ['null', null],
    ['a string', 'stretch=quick'],
    ['an array', [1, 2]],
  ])('%s reads as a clean state', (_case, attributes) => {
    expect(readSessionState(attributes)).toEqual(clean);
  });

  test('a tampered state is dropped field by field', () => {
    const state = readSessionState({
      stretch: { routineId: 'pilates', step: 0 },
      finishedRoutine: 'pilates',
      explained: ['knee to chest', 7, null],
      toldControls: 'yes',
      offer: { kind: 'routine', routineId: 'pilates' },
      lastTopic: 'astrology',
      preferences: { holdSeconds: 90, pace: 'warp' },
      progress: 'garbage',
      timeZone: 'Mars/Olympus_Mons',
    });
    expect(state).toEqual({ ...clean, explained: ['knee to chest'] });
  });

  test.each([
    ['step 99', { routineId: 'quick', step: 99 }],
    ['step "x"', { routineId: 'quick', step: 'x' }],
    ['an unknown routine', { routineId: 'pilates', step: 0 }],
  ])('a stretch at %s is no stretch', (_case, stretch) => {
    expect(readSessionState({ stretch }).stretch).toBeUndefined();
  });

  test.each([
    ['an unknown kind', { kind: 'free-money' }],
    ['a resume offer at a step that does not exist', { kind: 'resume', position: { routineId: 'quick', step: 9 } }],
    ['an answer offer for an unknown topic', { kind: 'answer', topic: 'toString' }],
    ['a walk longer than the skill logs', { kind: 'walk', walk: { minutes: 100_000, day: '2026-03-02' } }],
    ['a walk on no real day', { kind: 'walk', walk: { minutes: 300, day: 'yesterday' } }],
    ['not an object', 'yes'],
  ])('an offer of %s is no offer', (_case, offer) => {
    expect(readSessionState({ offer }).offer).toBeUndefined();
  });

  test('a walk waiting for a yes keeps only a distance the skill can read', () => {
    const walk = { minutes: 300, day: '2026-03-02', distance: { amount: 15, unit: 'mile' } };
    expect(readSessionState({ offer: { kind: 'walk', walk } }).offer).toEqual({ kind: 'walk', walk });
    const odd = { ...walk, distance: { amount: 15, unit: 'furlong' } };
    expect(readSessionState({ offer: { kind: 'walk', walk: odd } }).offer).toEqual({ kind: 'walk', walk: { minutes: 300, day: '2026-03-02' } });
  });

  test('the list of explained stretches cannot grow without bound', () => {
    expect(readSessionState({ explained: Array.from({ length: 500 }, (_, i) => `s${i}`) }).explained).toHaveLength(50);
  });

  test("this session's preferences win over the stored ones", () => {
    const state = readSessionState({
      preferences: { holdSeconds: 30 },
      progress: { ...emptyProgress(), preferences: { holdSeconds: 20, pace: 'slow' } },
    });
    expect(preferencesOf(state)).toEqual({ holdSeconds: 30, pace: 'slow' });
  });
});
