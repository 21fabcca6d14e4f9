import fc from 'fast-check';
import { SCHEMA_VERSION, buildProgressUpdate } from '../../lambda/storage/dynamodb-progress-store';
import type { ProgressUpdate } from '../../lambda/storage/dynamodb-progress-store';
import { emptyProgress } from '../../lambda/coach/progress';
import { progressChanges, writeFor } from '../support/progress-changes';

/** An expression of the update with its placeholders put back, for reading: `SET schemaVersion = 1, …`. */
function spelledOut(update: ProgressUpdate, expression = update.UpdateExpression): string {
  return expression.replace(/#a\d+|:v\d+/g, (placeholder) => {
    if (placeholder.startsWith('#')) return update.ExpressionAttributeNames[placeholder]!;
    const value = update.ExpressionAttributeValues[placeholder];
    return value instanceof Set ? `<<${[...value].join(',')}>>` : JSON.stringify(value);
  });
}

describe('buildProgressUpdate', () => {
  it('stamps the schema version, a new version and the request receipt even for an empty change, under the receipt condition', () => {
    // Act
    const update = buildProgressUpdate({}, writeFor('req-1', { forgetReceipts: ['req-0', 'req-1'] }));

    // Assess
    expect(spelledOut(update)).toBe(
      `SET schemaVersion = ${SCHEMA_VERSION}, receipt_req-1 = {"at":1741116600000,"answer":{}} ADD version 1 REMOVE receipt_req-0`,
    );
    expect(spelledOut(update, update.ConditionExpression)).toBe('attribute_not_exists(receipt_req-1)');
  });

  it('holds a change decided from stored progress to its version, which any applied write moves on, and to its streak when it sets one', () => {
    // Prepare
    const basedOn = { ...emptyProgress(), version: 4, streak: { current: 2, best: 3, lastActiveDay: '2025-03-03' } };
    const streak = { current: 3, best: 3, lastActiveDay: '2025-03-04' };

    // Act
    const walk = buildProgressUpdate({ walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' } }, writeFor('req-7', { basedOn }));
    const streaked = buildProgressUpdate({ streak }, writeFor('req-8', { basedOn }));
    const first = buildProgressUpdate({ streak }, writeFor('req-9', { basedOn: emptyProgress() }));

    // Assess
    expect(spelledOut(walk, walk.ConditionExpression)).toBe('version = 4');
    expect(spelledOut(streaked, streaked.ConditionExpression)).toBe(
      'version = 4 AND ' +
        '(streak.current = 2 AND streak.best = 3 AND streak.lastActiveDay = "2025-03-03")',
    );
    expect(spelledOut(first, first.ConditionExpression)).toBe(
      'attribute_not_exists(version) AND (attribute_not_exists(streak) OR ' +
        '(streak.current = 0 AND streak.best = 0 AND attribute_not_exists(streak.lastActiveDay)))',
    );
  });

  it('turns a whole change into one expression: counters as ADD, the rest as SET, cleared things as REMOVE', () => {
    // Prepare
    const change = {
      visitAt: '2025-03-04T19:30:00.000Z',
      completedRoutine: { routineId: 'hip-openers', day: '2025-03-04' },
      walk: { minutes: 20, day: '2025-03-04', id: 'walk-20' },
      streak: { current: 2, best: 5, lastActiveDay: '2025-03-04' },
      unfinished: null,
      preferences: { pace: 'slow' as const },
      tipHeard: { tipId: 'walk-breaks', day: '2025-03-04', newRound: false },
      forgetDays: ['2025-02-18'],
    };

    // Act
    const update = buildProgressUpdate(change, writeFor('req-2'));

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 2, receipt_req-2 = {"at":1741116600000,"answer":{}}, lastVisit = "2025-03-04T19:30:00.000Z", ' +
        'firstVisit = if_not_exists(firstVisit, "2025-03-04T19:30:00.000Z"), ' +
        'lastWalk = {"minutes":20,"day":"2025-03-04","id":"walk-20"}, ' +
        'streak = {"current":2,"best":5,"lastActiveDay":"2025-03-04"}, pace = "slow", lastTipDay = "2025-03-04", lastTipId = "walk-breaks" ' +
        'ADD version 1, completed_hip-openers 1, day_2025-03-04 1, walksLogged 1, walkMinutes 20, tipsHeard <<walk-breaks>> ' +
        'REMOVE day_2025-02-18, unfinished',
    );
  });

  it('sets the day to one session when the same change forgets that day and counts a session on it', () => {
    // Prepare
    const change = {
      completedRoutine: { routineId: 'desk-break', day: '2025-03-04' },
      forgetDays: ['2025-03-04', '2025-02-18', '2025-02-18'],
    };

    // Act
    const update = buildProgressUpdate(change, writeFor('req-3'));

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 2, receipt_req-3 = {"at":1741116600000,"answer":{}}, day_2025-03-04 = 1 ' +
        'ADD version 1, completed_desk-break 1 REMOVE day_2025-02-18',
    );
  });

  it('starts a new tip round with a fresh set and drops the version-0 tip list', () => {
    // Prepare
    const change = { tipHeard: { tipId: 'sleep-side', day: '2025-03-04', newRound: true } };

    // Act
    const update = buildProgressUpdate(change, writeFor('req-4'));

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 2, receipt_req-4 = {"at":1741116600000,"answer":{}}, tipsHeard = <<sleep-side>>, lastTipDay = "2025-03-04", lastTipId = "sleep-side" ' +
        'ADD version 1 REMOVE tips',
    );
  });

  it('takes back a walk by subtracting it, only while it is still the last one logged', () => {
    // Prepare
    const change = { undoWalk: { minutes: 45, day: '2025-03-04', id: 'req-1' } };

    // Act
    const update = buildProgressUpdate(change, writeFor('req-7'));

    // Assess
    expect(spelledOut(update)).toBe(
      `SET schemaVersion = ${SCHEMA_VERSION}, receipt_req-7 = {"at":1741116600000,"answer":{}} ` +
        'ADD version 1, walksLogged -1, walkMinutes -45 REMOVE lastWalk',
    );
    expect(spelledOut(update, update.ConditionExpression)).toBe(
      'attribute_not_exists(receipt_req-7) AND lastWalk.id = "req-1" AND lastWalk.minutes = 45',
    );
  });

  it('removes a preference given as undefined and leaves absent ones alone', () => {
    // Act
    const update = buildProgressUpdate({ preferences: { holdSeconds: undefined } }, writeFor('req-5'));

    // Assess
    expect(spelledOut(update)).toBe('SET schemaVersion = 2, receipt_req-5 = {"at":1741116600000,"answer":{}} ADD version 1 REMOVE holdSeconds');
  });

  it('keeps routine and tip ids out of the expression text, behind distinct placeholders', () => {
    // Prepare
    const routineId = 'hip openers, v2';
    const tipId = 'lift = legs';

    // Act
    const update = buildProgressUpdate(
      { completedRoutine: { routineId, day: '2025-03-04' }, tipHeard: { tipId, day: '2025-03-04', newRound: false } },
      writeFor('req-6'),
    );

    // Assess
    expect(update.UpdateExpression).not.toContain(routineId);
    expect(update.UpdateExpression).not.toContain(tipId);
    expect(Object.values(update.ExpressionAttributeNames)).toContain(`completed_${routineId}`);
  });

  it('builds a well-formed expression for any change', () => {
    fc.assert(
      fc.property(progressChanges, fc.string(), fc.boolean(), (change, requestId, based) => {
        // Act
        const basedOn = based ? { ...emptyProgress(), version: 3, streak: { current: 1, best: 2, lastActiveDay: '2025-03-03' } } : undefined;
        const update = buildProgressUpdate(change, writeFor(requestId, { basedOn, forgetReceipts: ['old', requestId] }));

        // Assess
        const text = `${update.UpdateExpression} ${update.ConditionExpression}`;
        const used = new Set(text.match(/#a\d+|:v\d+/g));
        const defined = [
          ...Object.keys(update.ExpressionAttributeNames),
          ...Object.keys(update.ExpressionAttributeValues),
        ];
        const attributes = Object.values(update.ExpressionAttributeNames);
        // Only keywords, functions, placeholders and punctuation: no id ever reaches the text.
        const syntax = /#a\d+|:v\d+|\b(SET|ADD|REMOVE|OR|AND|if_not_exists|attribute_not_exists)\b|[\s,=()<>.]/g;
        expect(text.replace(syntax, '')).toBe('');
        expect(new Set(defined)).toEqual(used);
        expect(new Set(attributes).size).toBe(attributes.length);
        expect(attributes).not.toContain('userId');
      }),
      { numRuns: 300 },
    );
  });
});
