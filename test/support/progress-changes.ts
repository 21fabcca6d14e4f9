import fc from 'fast-check';
import { PACES } from '../../lambda/coach/progress';
import type { Progress, ProgressChange } from '../../lambda/coach/progress';
import type { Write } from '../../lambda/storage/progress-store';

/** Ids that look like expression syntax or like another attribute, next to ordinary ones. */
export const AWKWARD_IDS = [
  'a.b',
  '#a0',
  ':v0',
  'SET x',
  'REMOVE',
  'day_2025-03-01',
  'x[0]',
  'ünïcødé',
  ' ',
] as const;

const days = fc.constantFrom('2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04', '2025-03-05');
const routineIds = fc.oneof(
  fc.constantFrom('lower-back-basics', 'hip-openers', 'desk-break'),
  fc.constantFrom(...AWKWARD_IDS),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const tipIds = fc.oneof(
  fc.constantFrom('lift-with-legs', 'walk-breaks', 'chair-height', 'sleep-side'),
  fc.constantFrom(...AWKWARD_IDS),
);
const visits = fc
  .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2025-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Few ids and lengths, so an undo often names the walk logged last. */
const walks = fc.record({ minutes: fc.constantFrom(0, 20, 180), day: days, id: fc.constantFrom('walk-1', 'walk-2') });

/** Changes of any turn but an undo, including awkward ids and preferences cleared with `undefined`. */
const turnChanges: fc.Arbitrary<ProgressChange> = fc.record(
  {
    visitAt: visits,
    completedRoutine: fc.record({ routineId: routineIds, day: days }),
    walk: walks,
    streak: fc.record(
      { current: fc.nat(400), best: fc.nat(400), lastActiveDay: days },
      { requiredKeys: ['current', 'best'] },
    ),
    unfinished: fc.oneof(fc.constant(null), fc.record({ routineId: routineIds, step: fc.nat(12) })),
    preferences: fc.record(
      {
        holdSeconds: fc.option(fc.integer({ min: 10, max: 60 }), { nil: undefined }),
        pace: fc.option(fc.constantFrom(...PACES), { nil: undefined }),
      },
      { requiredKeys: [] },
    ),
    tipHeard: fc.record({ tipId: tipIds, day: days, newRound: fc.boolean() }),
    forgetDays: fc.array(days, { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/** Any `ProgressChange` a turn could produce; "undo that" changes nothing else in its turn. */
export const progressChanges: fc.Arbitrary<ProgressChange> = fc.oneof(
  { weight: 5, arbitrary: turnChanges },
  { weight: 1, arbitrary: fc.record({ undoWalk: walks }) },
);

/**
 * Progress in a form two stores can be compared in: the tips heard are a set, so their order does not count, and
 * the store's own bookkeeping (version, receipts) is left out.
 */
export function comparable(progress: Progress | undefined): Omit<Progress, 'version' | 'receipts'> | undefined {
  if (!progress) return undefined;
  const { version: _version, receipts: _receipts, ...rest } = progress;
  return { ...rest, tipsHeard: [...progress.tipsHeard].sort() };
}

/** A write for the request `receiptKey` with an empty receipt, as a turn that speaks no figures makes it. */
export function writeFor(receiptKey: string, options: Partial<Omit<Write, 'receiptKey'>> = {}): Write {
  return { receiptKey, receipt: { at: Date.parse('2025-03-04T19:30:00.000Z'), answer: {} }, forgetReceipts: [], ...options };
}
