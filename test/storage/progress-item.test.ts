import fc from 'fast-check';
import { emptyProgress } from '../../lambda/coach/progress';
import { toProgress } from '../../lambda/storage/dynamodb-progress-store';

describe('toProgress', () => {
  it('reads an item with nothing but its key as empty progress', () => {
    // Prepare
    const item = { userId: 'amzn1.ask.account.A' };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress).toStrictEqual(emptyProgress());
  });

  it('reads every attribute of a version-1 item', () => {
    // Prepare
    const item = {
      userId: 'amzn1.ask.account.A',
      schemaVersion: 1,
      lastRequestId: 'amzn1.echo-api.request.1',
      firstVisit: '2025-03-01T08:00:00.000Z',
      lastVisit: '2025-03-04T19:30:00.000Z',
      'completed_lower-back-basics': 3,
      'completed_hip-openers': 1,
      'day_2025-03-01': 2,
      'day_2025-03-04': 2,
      walksLogged: 2,
      walkMinutes: 45,
      streak: { current: 2, best: 5, lastActiveDay: '2025-03-04' },
      unfinished: { routineId: 'hip-openers', step: 3 },
      holdSeconds: 30,
      pace: 'slow',
      tipsHeard: new Set(['walk-breaks', 'lift-with-legs']),
      lastTipDay: '2025-03-04',
    };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress).toStrictEqual({
      firstVisit: '2025-03-01T08:00:00.000Z',
      lastVisit: '2025-03-04T19:30:00.000Z',
      sessionsCompleted: { 'lower-back-basics': 3, 'hip-openers': 1 },
      sessionsByDay: { '2025-03-01': 2, '2025-03-04': 2 },
      walksLogged: 2,
      walkMinutes: 45,
      streak: { current: 2, best: 5, lastActiveDay: '2025-03-04' },
      unfinished: { routineId: 'hip-openers', step: 3 },
      preferences: { holdSeconds: 30, pace: 'slow' },
      tipsHeard: ['lift-with-legs', 'walk-breaks'],
      lastTipDay: '2025-03-04',
      version: 0,
      receipts: {},
    });
  });

  it('reads the version and the receipts of a version-2 item, leaving out receipts it cannot read', () => {
    // Prepare
    const item = {
      userId: 'amzn1.ask.account.A',
      schemaVersion: 2,
      version: 7,
      'receipt_amzn1.echo-api.request.1': { at: 1741116600000, answer: { walkMinutes: 45, tipId: 'stand-tall', extra: 'x' } },
      'receipt_amzn1.echo-api.request.2': { at: 'yesterday', answer: {} },
    };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress.version).toBe(7);
    expect(progress.receipts).toStrictEqual({
      'amzn1.echo-api.request.1': { at: 1741116600000, answer: { walkMinutes: 45, tipId: 'stand-tall' } },
    });
  });

  it('reads a version-0 item: minutes walked under their old name and the tips as a list', () => {
    // Prepare
    const item = {
      userId: 'amzn1.ask.account.A',
      walksLogged: 3,
      minutesWalked: 70,
      tips: ['chair-height', 'walk-breaks'],
      'completed_desk-break': 4,
    };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress).toMatchObject({
      walksLogged: 3,
      walkMinutes: 70,
      tipsHeard: ['chair-height', 'walk-breaks'],
      sessionsCompleted: { 'desk-break': 4 },
    });
  });

  it('adds the frozen version-0 minutes and tips to what version 1 wrote since', () => {
    // Prepare
    const item = {
      userId: 'amzn1.ask.account.A',
      schemaVersion: 1,
      minutesWalked: 70,
      walkMinutes: 20,
      tips: ['chair-height', 'walk-breaks'],
      tipsHeard: new Set(['walk-breaks', 'sleep-side']),
    };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress.walkMinutes).toBe(90);
    expect(progress.tipsHeard).toEqual(['chair-height', 'sleep-side', 'walk-breaks']);
  });

  it('reads mistyped or half-written attributes as their defaults', () => {
    // Prepare
    const item = {
      userId: 'amzn1.ask.account.A',
      firstVisit: 17,
      walksLogged: '3',
      walkMinutes: Number.NaN,
      streak: { best: 4, lastActiveDay: 20250304 },
      unfinished: { routineId: 'hip-openers' },
      holdSeconds: 'long',
      pace: 'fast',
      tipsHeard: 'walk-breaks',
      tips: [1, 'chair-height', null],
      'completed_hip-openers': 'two',
      'day_2025-03-01': 1,
    };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress).toStrictEqual({
      ...emptyProgress(),
      sessionsByDay: { '2025-03-01': 1 },
      streak: { current: 0, best: 4 },
      tipsHeard: ['chair-height'],
    });
  });

  it('reads routine ids that look like expression syntax back unchanged', () => {
    // Prepare
    const item = { userId: 'u', 'completed_a.b': 1, 'completed_#a0': 2, 'completed_day_2025-03-01': 3 };

    // Act
    const progress = toProgress(item);

    // Assess
    expect(progress.sessionsCompleted).toEqual({ 'a.b': 1, '#a0': 2, 'day_2025-03-01': 3 });
    expect(progress.sessionsByDay).toEqual({});
  });

  it('never throws, whatever the item holds', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything({ withSet: true, withMap: true })), (item) => {
        // Act
        const progress = toProgress(item);

        // Assess
        expect(Number.isFinite(progress.walksLogged) && Number.isFinite(progress.walkMinutes)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
