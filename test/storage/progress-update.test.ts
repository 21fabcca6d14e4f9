import fc from 'fast-check';
import { SCHEMA_VERSION, buildProgressUpdate } from '../../lambda/storage/dynamodb-progress-store';
import type { ProgressUpdate } from '../../lambda/storage/dynamodb-progress-store';
import { progressChanges } from '../support/progress-changes';

/** An expression of the update with its placeholders put back, for reading: `SET schemaVersion = 1, …`. */
function spelledOut(update: ProgressUpdate, expression = update.UpdateExpression): string {
  return expression.replace(/#a\d+|:v\d+/g, (placeholder) => {
    if (placeholder.startsWith('#')) return update.ExpressionAttributeNames[placeholder]!;
    const value = update.ExpressionAttributeValues[placeholder];
    return value instanceof Set ? `<<${[...value].join(',')}>>` : JSON.stringify(value);
  });
}

describe('buildProgressUpdate', () => {
  it('stamps the schema version and the request id even for an empty change, under the request-id condition', () => {
    // Act
    const update = buildProgressUpdate({}, 'req-1');

    // Assess
    expect(spelledOut(update)).toBe(`SET schemaVersion = ${SCHEMA_VERSION}, lastRequestId = "req-1"`);
    expect(spelledOut(update, update.ConditionExpression)).toBe(
      'attribute_not_exists(lastRequestId) OR lastRequestId <> "req-1"',
    );
  });

  it('turns a whole change into one expression: counters as ADD, the rest as SET, cleared things as REMOVE', () => {
    // Prepare
    const change = {
      visitAt: '2025-03-04T19:30:00.000Z',
      completedRoutine: { routineId: 'hip-openers', day: '2025-03-04' },
      walk: { minutes: 20 },
      streak: { current: 2, best: 5, lastActiveDay: '2025-03-04' },
      unfinished: null,
      preferences: { pace: 'slow' as const },
      tipHeard: { tipId: 'walk-breaks', day: '2025-03-04', newRound: false },
      forgetDays: ['2025-02-18'],
    };

    // Act
    const update = buildProgressUpdate(change, 'req-2');

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 1, lastRequestId = "req-2", lastVisit = "2025-03-04T19:30:00.000Z", ' +
        'firstVisit = if_not_exists(firstVisit, "2025-03-04T19:30:00.000Z"), ' +
        'streak = {"current":2,"best":5,"lastActiveDay":"2025-03-04"}, pace = "slow", lastTipDay = "2025-03-04", lastTipId = "walk-breaks" ' +
        'ADD completed_hip-openers 1, day_2025-03-04 1, walksLogged 1, walkMinutes 20, tipsHeard <<walk-breaks>> ' +
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
    const update = buildProgressUpdate(change, 'req-3');

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 1, lastRequestId = "req-3", day_2025-03-04 = 1 ' +
        'ADD completed_desk-break 1 REMOVE day_2025-02-18',
    );
  });

  it('starts a new tip round with a fresh set and drops the version-0 tip list', () => {
    // Prepare
    const change = { tipHeard: { tipId: 'sleep-side', day: '2025-03-04', newRound: true } };

    // Act
    const update = buildProgressUpdate(change, 'req-4');

    // Assess
    expect(spelledOut(update)).toBe(
      'SET schemaVersion = 1, lastRequestId = "req-4", tipsHeard = <<sleep-side>>, lastTipDay = "2025-03-04", lastTipId = "sleep-side" ' +
        'REMOVE tips',
    );
  });

  it('removes a preference given as undefined and leaves absent ones alone', () => {
    // Act
    const update = buildProgressUpdate({ preferences: { holdSeconds: undefined } }, 'req-5');

    // Assess
    expect(spelledOut(update)).toBe('SET schemaVersion = 1, lastRequestId = "req-5" REMOVE holdSeconds');
  });

  it('keeps routine and tip ids out of the expression text, behind distinct placeholders', () => {
    // Prepare
    const routineId = 'hip openers, v2';
    const tipId = 'lift = legs';

    // Act
    const update = buildProgressUpdate(
      { completedRoutine: { routineId, day: '2025-03-04' }, tipHeard: { tipId, day: '2025-03-04', newRound: false } },
      'req-6',
    );

    // Assess
    expect(update.UpdateExpression).not.toContain(routineId);
    expect(update.UpdateExpression).not.toContain(tipId);
    expect(Object.values(update.ExpressionAttributeNames)).toContain(`completed_${routineId}`);
  });

  it('builds a well-formed expression for any change', () => {
    fc.assert(
      fc.property(progressChanges, fc.string(), (change, requestId) => {
        // Act
        const update = buildProgressUpdate(change, requestId);

        // Assess
        const text = `${update.UpdateExpression} ${update.ConditionExpression}`;
        const used = new Set(text.match(/#a\d+|:v\d+/g));
        const defined = [
          ...Object.keys(update.ExpressionAttributeNames),
          ...Object.keys(update.ExpressionAttributeValues),
        ];
        const attributes = Object.values(update.ExpressionAttributeNames);
        // Only keywords, functions, placeholders and punctuation: no id ever reaches the text.
        const syntax = /#a\d+|:v\d+|\b(SET|ADD|REMOVE|OR|if_not_exists|attribute_not_exists)\b|[\s,=()<>]/g;
        expect(text.replace(syntax, '')).toBe('');
        expect(new Set(defined)).toEqual(used);
        expect(new Set(attributes).size).toBe(attributes.length);
        expect(attributes).not.toContain('userId');
      }),
      { numRuns: 300 },
    );
  });
});
