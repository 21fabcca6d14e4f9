import type { Progress, ProgressChange } from '../coach/progress';
import type { Receipt } from '../coach/receipts';

/** How a change is written: for which request, with what receipt, on top of what. */
export interface Write {
  /**
   * The Alexa request the change belongs to, as its `receiptKey`: the change is applied once per request,
   * however often it is sent.
   */
  readonly receiptKey: string;
  /** Kept with the request id, so a retried request is answered as its first attempt was. */
  readonly receipt: Receipt;
  /** Receipts of earlier requests to drop (see `receiptsToForget`). */
  readonly forgetReceipts: readonly string[];
  /**
   * The progress the change was decided from. When given, the change is written only if the stored item is still
   * that progress (same version, same streak); otherwise the outcome is a conflict with the progress as stored.
   * Without it, the change holds whatever is stored (a preference, a place in a routine).
   */
  readonly basedOn?: Progress;
}

/** What became of a write. Each outcome carries the progress as stored now. */
export type Applied =
  | { readonly outcome: 'applied'; readonly progress: Progress }
  /** This request id was applied before (a retry): nothing changed; `receipt` is what its first attempt kept. */
  | { readonly outcome: 'already-applied'; readonly progress: Progress; readonly receipt: Receipt }
  /** The item changed since `basedOn` (another device wrote): nothing changed. */
  | { readonly outcome: 'conflict'; readonly progress: Progress };

/**
 * Where user progress lives. Handlers and interceptors see only this port; `DynamoDbProgressStore` is its one
 * adapter. Every method throws {@link ProgressStoreError} when the store cannot be reached or refuses.
 */
export interface ProgressStore {
  /** The user's progress, or `undefined` for a user the store has never seen. One read. */
  load(userId: string): Promise<Progress | undefined>;
  /**
   * Applies `change` in one atomic, conditional write, idempotent per request id, and says what became of it.
   * A write that does not apply costs no second read where the store returns the item with its refusal.
   */
  apply(userId: string, change: ProgressChange, write: Write): Promise<Applied>;
  /** Removes everything stored about the user. */
  delete(userId: string): Promise<void>;
}

/** The store could not do what was asked; `cause` holds the underlying SDK error. */
export class ProgressStoreError extends Error {
  override readonly name = 'ProgressStoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
