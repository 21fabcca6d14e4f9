import { applyChange, emptyProgress, type Progress, type ProgressChange, type UnfinishedRoutine } from '../coach/progress';
import { describeError, type Logger } from '../log';
import type { SessionState } from '../session/state';
import type { ProgressStore } from './progress-store';

/**
 * One user's progress for one turn: read at most once a session (the result is cached in the session state),
 * written at most once a turn, by the handler that changes something. When the store is unreachable, reads give
 * `undefined` and writes `false`, so the handler can answer anyway without claiming progress it couldn't save;
 * the failure is logged once per request.
 */
export class UserProgress {
  private failed = false;
  private saved = false;

  constructor(
    private readonly store: ProgressStore | undefined,
    private readonly userId: string | undefined,
    private readonly requestId: string,
    private readonly state: SessionState,
    private readonly log: Logger,
  ) {}

  /** The user's progress, or `undefined` when it cannot be read. A user the store has never seen starts empty. */
  async get(): Promise<Progress | undefined> {
    if (this.state.progress) return this.state.progress;
    if (!this.available()) return undefined;
    try {
      this.state.progress = (await this.store!.load(this.userId!)) ?? emptyProgress();
      return this.state.progress;
    } catch (error) {
      this.fail('load', error);
      return undefined;
    }
  }

  /** Applies `change` in one write; `true` when it was saved. */
  async save(change: ProgressChange): Promise<boolean> {
    // Writes are idempotent per request id: a second one in the same turn would be taken for a retry and dropped.
    if (this.saved) throw new Error('progress is saved at most once a turn: merge the changes into one');
    this.saved = true;
    if (!this.available()) return false;
    // A zone Alexa gave this session is kept by the same write, so that later sessions need not ask again.
    const { newTimeZone } = this.state;
    const whole = newTimeZone ? { ...change, timeZone: newTimeZone } : change;
    try {
      const saved = await this.store!.apply(this.userId!, whole, this.requestId);
      // `undefined`: a retry of this request had already applied the change.
      this.state.progress = saved ?? (this.state.progress && applyChange(this.state.progress, whole));
      this.state.newTimeZone = undefined;
      return true;
    } catch (error) {
      this.fail('save', error);
      return false;
    }
  }

  /** Whether the stored unfinished routine is at `position`, so a later session can pick it up there. */
  async hasSaved(position: UnfinishedRoutine): Promise<boolean> {
    const saved = (await this.get())?.unfinished;
    return saved?.routineId === position.routineId && saved.step === position.step;
  }

  /** Deletes everything stored about the user; `true` when done. */
  async forget(): Promise<boolean> {
    if (!this.available()) return false;
    try {
      await this.store!.delete(this.userId!);
      this.state.progress = undefined;
      return true;
    } catch (error) {
      this.fail('delete', error);
      return false;
    }
  }

  /** Whether this request can use the store at all. */
  private available(): boolean {
    return this.store !== undefined && this.userId !== undefined && !this.failed;
  }

  private fail(operation: 'load' | 'save' | 'delete', error: unknown): void {
    this.failed = true;
    this.log.error('progress store unavailable', { operation, ...describeError(error) });
  }
}
