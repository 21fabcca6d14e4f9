import type { Progress, ProgressChange } from '../coach/progress';

/**
 * Where user progress lives. Handlers and interceptors see only this port; `DynamoDbProgressStore` is its one
 * adapter. Every method throws {@link ProgressStoreError} when the store cannot be reached or refuses.
 */
export interface ProgressStore {
  /** The user's progress, or `undefined` for a user the store has never seen. One read. */
  load(userId: string): Promise<Progress | undefined>;
  /**
   * Applies `change` in one atomic write and returns the progress after it. The write is idempotent per
   * `requestId`: when a retry finds this request already applied, it changes nothing and returns `undefined`.
   */
  apply(userId: string, change: ProgressChange, requestId: string): Promise<Progress | undefined>;
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
