import { applyChange, emptyProgress, type Progress, type ProgressChange } from '../../lambda/coach/progress';
import { createLogger } from '../../lambda/log';
import { readSessionState } from '../../lambda/session/state';
import type { Applied, ProgressStore, Write } from '../../lambda/storage/progress-store';
import { UserProgress } from '../../lambda/storage/user-progress';

/** An in-memory store: enough to check what UserProgress asks of any store. */
function memoryStore(): ProgressStore & { writes: number } {
  const items = new Map<string, Progress>();
  return {
    writes: 0,
    async load(userId) {
      return items.get(userId);
    },
    async apply(userId, change: ProgressChange, write: Write): Promise<Applied> {
      this.writes += 1;
      const stored = items.get(userId) ?? emptyProgress();
      const receipt = stored.receipts[write.receiptKey];
      if (receipt) return { outcome: 'already-applied', progress: stored, receipt };
      if (write.basedOn && write.basedOn.version !== stored.version) return { outcome: 'conflict', progress: stored };
      const next = applyChange(stored, change);
      next.version += 1;
      next.receipts[write.receiptKey] = write.receipt;
      items.set(userId, next);
      return { outcome: 'applied', progress: next };
    },
    async delete(userId) {
      items.delete(userId);
    },
  };
}

const NOW = new Date('2026-03-01T10:00:00Z');
const userProgress = (store: ProgressStore, requestId: string, attributes: unknown = {}) =>
  new UserProgress(store, 'user', requestId, readSessionState(attributes), createLogger('silent'), NOW);

test('a turn saves at most once: a second save is refused instead of being dropped as a retry', async () => {
  const store = memoryStore();
  const progress = userProgress(store, 'request-1');

  await progress.save({ walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } });

  await expect(progress.save({ walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' } })).rejects.toThrow(/at most once a turn/);
  expect(store.writes).toBe(1);
});

const logWalk = (minutes: number) => () => ({
  change: { walk: { minutes, day: '2025-03-04', id: `walk-${minutes}` } },
  answer: (after: Progress) => ({ walkMinutes: after.walkMinutes }),
});

test('an update decided from a stale copy is decided again from the item as stored, and answers from it', async () => {
  // Prepare: this session read the item, then another device logged a walk.
  const store = memoryStore();
  const session = userProgress(store, 'request-1');
  await session.get();
  await userProgress(store, 'request-2').update(logWalk(20));
  store.writes = 0;

  // Act
  const updated = await session.update(logWalk(10));

  // Assess
  expect(updated).toEqual({ saved: true, answer: { walkMinutes: 30 } });
  expect(store.writes).toBe(2);
  expect((await store.load('user'))?.walkMinutes).toBe(30);
});

test('a request read again after it was applied answers from its receipt and writes nothing', async () => {
  // Prepare
  const store = memoryStore();
  await userProgress(store, 'request-1').update(logWalk(10));
  await userProgress(store, 'request-2').update(logWalk(5));
  store.writes = 0;

  // Act: Alexa sends request-1 again, in a new session.
  const retried = await userProgress(store, 'request-1').update(logWalk(10));

  // Assess
  expect(retried).toEqual({ saved: true, answer: { walkMinutes: 10 } });
  expect(store.writes).toBe(0);
});
