import { applyChange, emptyProgress, type Progress, type ProgressChange, type UnfinishedRoutine } from '../coach/progress';
import { toRoutinePosition } from '../coach/routine-cursor';
import { receiptKey, receiptsToForget, type Answer, type Receipt } from '../coach/receipts';
import { describeError, type Logger } from '../log';
import type { SessionState } from '../session/state';
import type { Applied, ProgressStore } from './progress-store';

/** A change worked out from the stored progress, and what the turn's answer is built from. */
export interface Decision {
  readonly change: ProgressChange;
  /** The figures and choices the answer speaks, from the progress after the change. */
  readonly answer?: (after: Progress) => Answer;
}

/** What became of an update: whether it was saved, and what to build the answer from. */
export interface Updated {
  readonly saved: boolean;
  readonly answer: Answer;
}

/**
 * Writes refused because another device wrote first, before the turn gives up saving. Each refusal brings the
 * item as stored, so each new try is decided from the truth; three devices of one user rarely write in one second.
 */
const MAX_CONFLICTS = 3;

/**
 * One user's progress for one turn: read at most once a session (the result is cached in the session state),
 * written at most once a turn, by the handler that changes something. When the store is unreachable, reads give
 * `undefined` and writes `false`, so the handler can answer anyway without claiming progress it couldn't save;
 * the failure is logged once per request.
 *
 * Every write carries the request id and a receipt of what the answer was built from. When Alexa sends a request
 * again, the first read of a session or the refused write finds that receipt, and the turn answers from it: the
 * same words and figures as the first attempt, with nothing changed twice.
 */
export class UserProgress {
  private failed = false;
  private saved = false;
  /** This request's receipt, when a read found it already applied (Alexa sent it again). */
  private replayed?: Receipt;
  private readonly receiptKey: string;

  constructor(
    private readonly store: ProgressStore | undefined,
    private readonly userId: string | undefined,
    requestId: string,
    private readonly state: SessionState,
    private readonly log: Logger,
    /** The request's time: the visit each write records, and the receipt's. */
    private readonly now: Date,
  ) {
    this.receiptKey = receiptKey(requestId);
  }

  /** The user's progress, or `undefined` when it cannot be read. A user the store has never seen starts empty. */
  async get(): Promise<Progress | undefined> {
    if (this.state.progress) return this.state.progress;
    if (!this.available()) return undefined;
    try {
      const loaded = (await this.store!.load(this.userId!)) ?? emptyProgress();
      this.replayed = loaded.receipts[this.receiptKey];
      this.state.progress = loaded;
      this.state.placeSeen = toRoutinePosition(loaded.unfinished) ?? null;
      return loaded;
    } catch (error) {
      this.fail('load', error);
      return undefined;
    }
  }

  /**
   * Applies a change that holds whatever is stored (a preference, a place in a routine) in one write; `true` when
   * it was saved, or had been by an earlier attempt of this request.
   */
  async save(change: ProgressChange): Promise<boolean> {
    this.startWrite();
    if (!this.available()) return false;
    if (this.replayed) return true;
    const applied = await this.apply(change, {});
    if (applied) this.state.progress = applied.progress;
    return applied !== undefined;
  }

  /**
   * Applies a change worked out from the stored progress (a count to say back, a streak, the next tip) in one
   * conditional write, which holds only while the item is as `decide` saw it. When another device wrote in
   * between, the refusal brings the item as stored and `decide` runs again on it. The answer comes from what the
   * write returned, or, for a request applied before, from its receipt. `undefined` when progress can't be read.
   */
  async update(decide: (before: Progress) => Decision): Promise<Updated | undefined> {
    this.startWrite();
    const stored = await this.get();
    if (!stored) return undefined;
    if (this.replayed) return { saved: true, answer: this.replayed.answer };
    let before: Progress = stored;
    for (let conflicts = 0; ; conflicts += 1) {
      const { change, answer = () => ({}) } = decide(before);
      const expected: Answer = answer(applyChange(before, change));
      const applied: Applied | undefined = conflicts < MAX_CONFLICTS ? await this.apply(change, expected, before) : undefined;
      if (!applied) return { saved: false, answer: expected };
      this.state.progress = applied.progress;
      if (applied.outcome === 'applied') return { saved: true, answer: answer(applied.progress) };
      if (applied.outcome === 'already-applied') return { saved: true, answer: applied.receipt.answer };
      before = applied.progress;
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

  /** Writes are idempotent per request id: a second one in the same turn would be taken for a retry and dropped. */
  private startWrite(): void {
    if (this.saved) throw new Error('progress is saved at most once a turn: merge the changes into one');
    this.saved = true;
  }

  /**
   * One write of `change`, with this visit, the request's receipt, and a time zone Alexa gave this session (kept by
   * the same write, so that later sessions need not ask again); `undefined` when the store failed.
   */
  private async apply(change: ProgressChange, answer: Answer, basedOn?: Progress): Promise<Applied | undefined> {
    const at = this.now.getTime();
    const { newTimeZone } = this.state;
    try {
      const applied = await this.store!.apply(
        this.userId!,
        { visitAt: this.now.toISOString(), ...change, ...(newTimeZone && { timeZone: newTimeZone }) },
        {
          receiptKey: this.receiptKey,
          receipt: { at, answer },
          forgetReceipts: receiptsToForget((basedOn ?? this.state.progress)?.receipts ?? {}, at),
          basedOn,
        },
      );
      if (applied.outcome !== 'conflict') this.state.newTimeZone = undefined;
      return applied;
    } catch (error) {
      this.fail('save', error);
      return undefined;
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
