import { createHash } from 'node:crypto';
import { asString, isCount, isRecord } from '../json';
import { isDay } from './calendar';
import type { UnfinishedRoutine } from './progress';

/**
 * What a turn's answer was built from: the figures and choices it spoke. Kept with the request id of every change
 * applied, so that a request Alexa sends again (same request id) is answered exactly as its first attempt was, even
 * when the stored progress has moved on since. Small on purpose: a few numbers and ids, never prose.
 */
export interface Answer {
  /** The user had visited before (launch: "welcome back" rather than the first-time welcome). */
  returning?: boolean;
  /** The streak spoken, in days. */
  streak?: number;
  /** The tip given. */
  tipId?: string;
  /** Walk totals after the turn's walk. */
  walksLogged?: number;
  walkMinutes?: number;
  /** The walk "undo that" took back. */
  undoneWalk?: { minutes: number; day: string };
  /** Stretch sessions this week after the turn's session. */
  weekSessions?: number;
  /** The unfinished routine the turn offered to resume. */
  resume?: UnfinishedRoutine;
}

/** One applied request: when, and what its answer was built from. */
export interface Receipt {
  /** The request's time, milliseconds since the epoch. */
  at: number;
  answer: Answer;
}

/**
 * How many receipts are kept, and for how long. Alexa resends a request within seconds, and the SDK resends a
 * write whose reply was lost within the same second; a quarter of an hour and the last eight requests cover both
 * with room to spare, even with several devices writing in between, and keep the item small.
 */
export const RECEIPTS_KEPT = { count: 8, ms: 15 * 60_000 } as const;

/**
 * The key a request's receipt is kept under: a short hash of its request id, so that whatever a request id holds
 * (Alexa's are about 60 characters, a forged one could be any size) the receipt's name stays short and plain.
 */
export function receiptKey(requestId: string): string {
  return createHash('sha256').update(requestId).digest('base64url').slice(0, 22);
}

/** Keys of the receipts to drop when a new one is added at `now`: those too old, and the oldest beyond the count. */
export function receiptsToForget(receipts: Readonly<Record<string, Receipt>>, now: number): string[] {
  const newestFirst = Object.entries(receipts).sort(([, a], [, b]) => b.at - a.at);
  return newestFirst
    .filter(([, receipt], index) => index >= RECEIPTS_KEPT.count - 1 || now - receipt.at > RECEIPTS_KEPT.ms)
    .map(([key]) => key);
}

/** An answer read back from storage or session attributes: each field kept only when valid. */
export function parseAnswer(value: unknown): Answer {
  const raw = isRecord(value) ? value : {};
  const resume = isRecord(raw.resume) ? raw.resume : undefined;
  const routineId = asString(resume?.routineId);
  return {
    ...(typeof raw.returning === 'boolean' && { returning: raw.returning }),
    ...(isCount(raw.streak) && { streak: raw.streak }),
    ...(typeof raw.tipId === 'string' && { tipId: raw.tipId }),
    ...(isCount(raw.walksLogged) && { walksLogged: raw.walksLogged }),
    ...(isCount(raw.walkMinutes) && { walkMinutes: raw.walkMinutes }),
    ...(isCount(raw.weekSessions) && { weekSessions: raw.weekSessions }),
    ...(isRecord(raw.undoneWalk) && isCount(raw.undoneWalk.minutes) && isDay(raw.undoneWalk.day) && {
      undoneWalk: { minutes: raw.undoneWalk.minutes, day: raw.undoneWalk.day },
    }),
    ...(routineId !== undefined && isCount(resume?.step) && { resume: { routineId, step: resume.step } }),
  };
}

/** A receipt read back from storage or session attributes; `undefined` when it is not one. */
export function parseReceipt(value: unknown): Receipt | undefined {
  if (!isRecord(value) || !isCount(value.at)) return undefined;
  return { at: value.at, answer: parseAnswer(value.answer) };
}
