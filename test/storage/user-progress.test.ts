import { applyChange, emptyProgress, type Progress, type ProgressChange } from '../../lambda/coach/progress';
import { createLogger } from '../../lambda/log';
import { readSessionState } from '../../lambda/session/state';
import type { ProgressStore } from '../../lambda/storage/progress-store';
import { UserProgress } from '../../lambda/storage/user-progress';

/** An in-memory store: enough to check what UserProgress asks of any store. */
function memoryStore(): ProgressStore & { writes: number } {
  const items = new Map<string, Progress>();
  return {
    writes: 0,
    async load(userId) {
      return items.get(userId);
    },
    async apply(userId, change: ProgressChange) {
      this.writes += 1;
      const next = applyChange(items.get(userId) ?? emptyProgress(), change);
      items.set(userId, next);
      return next;
    },
    async delete(userId) {
      items.delete(userId);
    },
  };
}

test('a turn saves at most once: a second save is refused instead of being dropped as a retry', async () => {
  const store = memoryStore();
  const progress = new UserProgress(store, 'user', 'request-1', readSessionState({}), createLogger('silent'));

  await progress.save({ walk: { minutes: 10 } });

  await expect(progress.save({ walk: { minutes: 5 } })).rejects.toThrow(/at most once a turn/);
  expect(store.writes).toBe(1);
});
