import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { emptyProgress, toPreferences } from '../coach/progress';
import { toDailyReminder, type DailyReminder } from '../coach/reminder';
import { toKeptTimeZone, type KeptTimeZone } from '../coach/time-zone';
import type { Day, Pace, Preferences, Progress, ProgressChange, Streak, UnfinishedRoutine } from '../coach/progress';
import { asString, isRecord, type JsonObject } from '../json';
import { hashUserId } from '../log';
import { createDynamoDbDocumentClient } from './dynamodb-client';
import type { DynamoDbClientOptions } from './dynamodb-client';
import { ProgressStoreError } from './progress-store';
import type { ProgressStore } from './progress-store';

/** The item layout this code writes; see {@link ProgressItem}. */
export const SCHEMA_VERSION = 1;

/**
 * Prefixes of the per-routine and per-day counters. They are top-level attributes, not maps, because DynamoDB
 * cannot `ADD` into a path of a map attribute that does not exist yet: flat names make the first count of a new
 * routine or day as atomic as the hundredth, without reading the item first. No fixed attribute starts with them.
 */
export const COMPLETED_PREFIX = 'completed_';
export const DAY_PREFIX = 'day_';

/**
 * One user's item in the progress table (partition key `userId`, no sort key), as written since schema version 1:
 *
 * | attribute | type | holds |
 * |---|---|---|
 * | `userId` | S | the Alexa user id (key) |
 * | `schemaVersion` | N | `1`; absent on version-0 items |
 * | `lastRequestId` | S | the request whose change was applied last: makes a retried write a no-op |
 * | `firstVisit`, `lastVisit` | S | ISO timestamps |
 * | `completed_<routineId>` | N | completed sessions of that routine |
 * | `day_<YYYY-MM-DD>` | N | completed sessions on that day (about two weeks are kept) |
 * | `walksLogged`, `walkMinutes` | N | walk counters |
 * | `streak` | M | `{ current, best, lastActiveDay? }`, replaced whole |
 * | `unfinished` | M | `{ routineId, step }`; absent when no routine is under way |
 * | `holdSeconds`, `pace`, `leftOut` | N, S, L of S | preferences, top-level so that one can change without the other; `leftOut` names stretches to skip, never why |
 * | `tipsHeard` | SS | tip ids heard in the current round |
 * | `lastTipDay` | S | `YYYY-MM-DD` |
 * | `lastTipId` | S | the tip heard last, on `lastTipDay` |
 * | `timeZone` | M | `{ zone, device, checkedAt }`: the device time zone, replaced whole when Alexa gives it again |
 * | `reminder` | M | `{ alertToken, time }`: the daily reminder the skill set; absent when there is none |
 *
 * Version 0 is the prototype's layout, written whole with PutItem and without `schemaVersion`. It differs in two
 * attributes: walk minutes were `minutesWalked`, and the heard tips were a list `tips` (L of S) rather than a set.
 * Reading folds both in (`walkMinutes + minutesWalked`, `tipsHeard ∪ tips`). Writes never touch `minutesWalked`:
 * moving it into `walkMinutes` would need a read first, so it stays as a frozen baseline. A new tip round removes
 * `tips`. Any missing or mistyped attribute reads as its default, so a partial item still loads.
 */
export interface ProgressItem {
  userId: string;
  schemaVersion?: number;
  lastRequestId?: string;
  firstVisit?: string;
  lastVisit?: string;
  walksLogged?: number;
  walkMinutes?: number;
  streak?: Streak;
  unfinished?: UnfinishedRoutine;
  holdSeconds?: number;
  pace?: Pace;
  leftOut?: string[];
  tipsHeard?: Set<string>;
  lastTipDay?: Day;
  lastTipId?: string;
  timeZone?: KeptTimeZone;
  reminder?: DailyReminder;
  [completedSessions: `completed_${string}`]: number;
  [sessionsOnDay: `day_${string}`]: number;
  /** Version 0: walk minutes before `walkMinutes`. */
  minutesWalked?: number;
  /** Version 0: heard tips as a list. */
  tips?: string[];
}

/** The attribute names the store writes, besides the `completed_` and `day_` counters. */
const ATTRIBUTE = {
  userId: 'userId',
  schemaVersion: 'schemaVersion',
  lastRequestId: 'lastRequestId',
  firstVisit: 'firstVisit',
  lastVisit: 'lastVisit',
  walksLogged: 'walksLogged',
  walkMinutes: 'walkMinutes',
  streak: 'streak',
  unfinished: 'unfinished',
  tipsHeard: 'tipsHeard',
  lastTipDay: 'lastTipDay',
  lastTipId: 'lastTipId',
  timeZone: 'timeZone',
  reminder: 'reminder',
  legacyMinutesWalked: 'minutesWalked',
  legacyTips: 'tips',
} as const satisfies Record<string, keyof ProgressItem>;

/** Each preference is its own top-level attribute of the same name. */
const PREFERENCE_KEYS = ['holdSeconds', 'pace', 'leftOut'] as const satisfies readonly (keyof Preferences & keyof ProgressItem)[];

// ---------------------------------------------------------------------------------------------------------------
// Reading: item → Progress
// ---------------------------------------------------------------------------------------------------------------

type RawItem = JsonObject;

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const asStrings = (value: unknown): string[] =>
  value instanceof Set || Array.isArray(value)
    ? [...(value as Iterable<unknown>)].filter((entry): entry is string => typeof entry === 'string')
    : [];

/** The counters stored under `prefix<key>` attributes, by key. */
function countersWithPrefix(item: RawItem, prefix: string): Record<string, number> {
  const counters: Record<string, number> = {};
  for (const [attribute, value] of Object.entries(item)) {
    const count = asNumber(value);
    if (attribute.startsWith(prefix) && count !== undefined) counters[attribute.slice(prefix.length)] = count;
  }
  return counters;
}

function toStreak(value: unknown): Streak {
  const raw = isRecord(value) ? value : {};
  const streak: Streak = { current: asNumber(raw.current) ?? 0, best: asNumber(raw.best) ?? 0 };
  const lastActiveDay = asString(raw.lastActiveDay);
  if (lastActiveDay !== undefined) streak.lastActiveDay = lastActiveDay;
  return streak;
}

function toUnfinished(value: unknown): UnfinishedRoutine | undefined {
  if (!isRecord(value)) return undefined;
  const routineId = asString(value.routineId);
  const step = asNumber(value.step);
  return routineId === undefined || step === undefined ? undefined : { routineId, step };
}

/**
 * The progress an item holds, from any schema version up to {@link SCHEMA_VERSION}. Pure and total: it never
 * throws, and reads what is missing or of the wrong type as the default of {@link emptyProgress}. Tip ids come
 * back sorted, since a set has no order.
 */
export function toProgress(item: RawItem): Progress {
  const progress = emptyProgress();
  const firstVisit = asString(item[ATTRIBUTE.firstVisit]);
  const lastVisit = asString(item[ATTRIBUTE.lastVisit]);
  if (firstVisit !== undefined) progress.firstVisit = firstVisit;
  if (lastVisit !== undefined) progress.lastVisit = lastVisit;

  progress.sessionsCompleted = countersWithPrefix(item, COMPLETED_PREFIX);
  progress.sessionsByDay = countersWithPrefix(item, DAY_PREFIX);
  progress.walksLogged = asNumber(item[ATTRIBUTE.walksLogged]) ?? 0;
  progress.walkMinutes =
    (asNumber(item[ATTRIBUTE.walkMinutes]) ?? 0) + (asNumber(item[ATTRIBUTE.legacyMinutesWalked]) ?? 0);
  progress.streak = toStreak(item[ATTRIBUTE.streak]);

  const unfinished = toUnfinished(item[ATTRIBUTE.unfinished]);
  if (unfinished) progress.unfinished = unfinished;

  progress.preferences = toPreferences(item);

  const tips = new Set([...asStrings(item[ATTRIBUTE.tipsHeard]), ...asStrings(item[ATTRIBUTE.legacyTips])]);
  progress.tipsHeard = [...tips].sort();
  const lastTipDay = asString(item[ATTRIBUTE.lastTipDay]);
  if (lastTipDay !== undefined) progress.lastTipDay = lastTipDay;
  const lastTipId = asString(item[ATTRIBUTE.lastTipId]);
  if (lastTipId !== undefined) progress.lastTipId = lastTipId;
  const timeZone = toKeptTimeZone(item[ATTRIBUTE.timeZone]);
  if (timeZone) progress.timeZone = timeZone;
  const reminder = toDailyReminder(item[ATTRIBUTE.reminder]);
  if (reminder) progress.reminder = reminder;
  return progress;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing: ProgressChange → one UpdateItem
// ---------------------------------------------------------------------------------------------------------------

/** The expression parts of the one `UpdateItem` that applies a change. */
export interface ProgressUpdate {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * Collects the clauses of one update expression. Every attribute name and value goes through a generated
 * placeholder (`#a0`, `:v0`), so routine and tip ids never reach the expression text and cannot collide with each
 * other or with reserved words. DynamoDB refuses an expression that touches one attribute twice ("two document
 * paths overlap"); the builder refuses it first, so the mistake shows up in unit tests rather than in production.
 */
class UpdateExpressionBuilder {
  private readonly names = new Map<string, string>();
  private readonly values: Record<string, unknown> = {};
  private readonly touched = new Set<string>();
  private readonly clauses = { SET: [] as string[], ADD: [] as string[], REMOVE: [] as string[] };

  /** The placeholder of an attribute name; the same name always gets the same placeholder. */
  name(attribute: string): string {
    let placeholder = this.names.get(attribute);
    if (placeholder === undefined) {
      placeholder = `#a${this.names.size}`;
      this.names.set(attribute, placeholder);
    }
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${Object.keys(this.values).length}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  set(attribute: string, valuePlaceholder: string): void {
    this.clauses.SET.push(`${this.touch(attribute)} = ${valuePlaceholder}`);
  }

  setIfNotExists(attribute: string, valuePlaceholder: string): void {
    const name = this.touch(attribute);
    this.clauses.SET.push(`${name} = if_not_exists(${name}, ${valuePlaceholder})`);
  }

  /** Atomic increment of a number, or union into a set; either is created when absent. */
  add(attribute: string, valuePlaceholder: string): void {
    this.clauses.ADD.push(`${this.touch(attribute)} ${valuePlaceholder}`);
  }

  remove(attribute: string): void {
    this.clauses.REMOVE.push(this.touch(attribute));
  }

  expression(): string {
    return Object.entries(this.clauses)
      .filter(([, actions]) => actions.length > 0)
      .map(([keyword, actions]) => `${keyword} ${actions.join(', ')}`)
      .join(' ');
  }

  attributeNames(): Record<string, string> {
    return Object.fromEntries([...this.names].map(([attribute, placeholder]) => [placeholder, attribute]));
  }

  attributeValues(): Record<string, unknown> {
    return { ...this.values };
  }

  private touch(attribute: string): string {
    if (this.touched.has(attribute)) throw new Error(`the update touches attribute "${attribute}" twice`);
    this.touched.add(attribute);
    return this.name(attribute);
  }
}

/**
 * The one `UpdateItem` that applies `change`, mirroring `applyChange` in `coach/progress`: counters are `ADD`s,
 * so concurrent turns of one user never lose a count, and nothing needs reading first. The condition makes the
 * write idempotent per request: the SDK resends a write whose reply was lost, and DynamoDB may already have
 * applied it; the resent write then fails its condition instead of counting twice. It only recognises the most
 * recent request, which is what a retry within the same turn needs.
 */
export function buildProgressUpdate(change: ProgressChange, requestId: string): ProgressUpdate {
  const update = new UpdateExpressionBuilder();
  // DynamoDB refuses a value placeholder the expression does not use, so `:one` exists only once needed.
  let onePlaceholder: string | undefined;
  const one = () => (onePlaceholder ??= update.value(1));

  update.set(ATTRIBUTE.schemaVersion, update.value(SCHEMA_VERSION));
  const requestIdValue = update.value(requestId);
  update.set(ATTRIBUTE.lastRequestId, requestIdValue);

  if (change.visitAt !== undefined) {
    const visitAt = update.value(change.visitAt);
    update.set(ATTRIBUTE.lastVisit, visitAt);
    update.setIfNotExists(ATTRIBUTE.firstVisit, visitAt);
  }

  const forgetDays = new Set(change.forgetDays ?? []);
  if (change.completedRoutine) {
    const { routineId, day } = change.completedRoutine;
    update.add(COMPLETED_PREFIX + routineId, one());
    // Forgetting a day and counting a session on it in the same turn leaves exactly that session.
    if (forgetDays.delete(day)) update.set(DAY_PREFIX + day, one());
    else update.add(DAY_PREFIX + day, one());
  }
  for (const day of forgetDays) update.remove(DAY_PREFIX + day);

  if (change.walk) {
    update.add(ATTRIBUTE.walksLogged, one());
    update.add(ATTRIBUTE.walkMinutes, update.value(change.walk.minutes));
  }

  if (change.streak) {
    // Copied field by field: only what `toProgress` reads is stored, and no `undefined` reaches the marshaller.
    const { current, best, lastActiveDay } = change.streak;
    const streak: Streak = lastActiveDay === undefined ? { current, best } : { current, best, lastActiveDay };
    update.set(ATTRIBUTE.streak, update.value(streak));
  }

  if (change.unfinished === null) update.remove(ATTRIBUTE.unfinished);
  else if (change.unfinished) {
    const { routineId, step } = change.unfinished;
    update.set(ATTRIBUTE.unfinished, update.value({ routineId, step } satisfies UnfinishedRoutine));
  }

  const { preferences } = change;
  if (preferences) {
    // An own key set to `undefined` clears that preference, as the spread in `applyChange` does.
    for (const key of PREFERENCE_KEYS) {
      if (!Object.hasOwn(preferences, key)) continue;
      const value = preferences[key];
      if (value === undefined) update.remove(key);
      else update.set(key, update.value(value));
    }
  }

  if (change.tipHeard) {
    const { tipId, day, newRound } = change.tipHeard;
    const tip = update.value(new Set([tipId]));
    if (newRound) {
      update.set(ATTRIBUTE.tipsHeard, tip);
      update.remove(ATTRIBUTE.legacyTips);
    } else {
      update.add(ATTRIBUTE.tipsHeard, tip);
    }
    update.set(ATTRIBUTE.lastTipDay, update.value(day));
    update.set(ATTRIBUTE.lastTipId, update.value(tipId));
  }

  if (change.timeZone) {
    const { zone, device, checkedAt } = change.timeZone;
    update.set(ATTRIBUTE.timeZone, update.value({ zone, device, checkedAt } satisfies KeptTimeZone));
  }

  if (change.reminder === null) update.remove(ATTRIBUTE.reminder);
  else if (change.reminder) {
    const { alertToken, time } = change.reminder;
    update.set(ATTRIBUTE.reminder, update.value({ alertToken, time } satisfies DailyReminder));
  }

  const lastRequestId = update.name(ATTRIBUTE.lastRequestId);
  return {
    UpdateExpression: update.expression(),
    ConditionExpression: `attribute_not_exists(${lastRequestId}) OR ${lastRequestId} <> ${requestIdValue}`,
    ExpressionAttributeNames: update.attributeNames(),
    ExpressionAttributeValues: update.attributeValues(),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The store
// ---------------------------------------------------------------------------------------------------------------

export interface DynamoDbProgressStoreOptions {
  tableName: string;
  /** A document client, created once per container (see `createDynamoDbDocumentClient`). */
  client: DynamoDBDocumentClient;
}

/**
 * {@link ProgressStore} on DynamoDB: one `GetItem` to load, one conditional `UpdateItem` per change, one
 * `DeleteItem`. Every SDK error leaves as a {@link ProgressStoreError} that names the table and a hash of the
 * user id, never the id itself.
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 */
export class DynamoDbProgressStore implements ProgressStore {
  readonly tableName: string;
  /** The client this store sends through; exposed so the owner can `destroy()` it or watch its commands. */
  readonly client: DynamoDBDocumentClient;

  constructor({ tableName, client }: DynamoDbProgressStoreOptions) {
    if (!tableName) throw new Error('DynamoDbProgressStore needs a table name');
    this.tableName = tableName;
    this.client = client;
  }

  async load(userId: string): Promise<Progress | undefined> {
    let item: RawItem | undefined;
    try {
      // Consistent: the user's next turn must see what their last turn wrote.
      const output = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { [ATTRIBUTE.userId]: userId }, ConsistentRead: true }),
      );
      item = output.Item;
    } catch (error) {
      throw this.failure(`load progress of ${userRef(userId)} from`, error);
    }
    return item === undefined ? undefined : toProgress(item);
  }

  async apply(userId: string, change: ProgressChange, requestId: string): Promise<Progress | undefined> {
    const update = buildProgressUpdate(change, requestId);
    let attributes: RawItem | undefined;
    try {
      const output = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [ATTRIBUTE.userId]: userId },
          ...update,
          ReturnValues: 'ALL_NEW',
        }),
      );
      attributes = output.Attributes;
    } catch (error) {
      if (isAlreadyApplied(error)) return undefined;
      throw this.failure(`save progress of ${userRef(userId)} to`, error);
    }
    return toProgress(attributes ?? {});
  }

  async delete(userId: string): Promise<void> {
    try {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: { [ATTRIBUTE.userId]: userId } }));
    } catch (error) {
      throw this.failure(`delete progress of ${userRef(userId)} from`, error);
    }
  }

  private failure(action: string, error: unknown): ProgressStoreError {
    return new ProgressStoreError(`could not ${action} table ${this.tableName}: ${errorName(error)}`, {
      cause: error,
    });
  }
}

export interface DynamoDbProgressStoreConfig extends DynamoDbClientOptions {
  tableName: string;
}

/**
 * A store with its own tuned client (see `createDynamoDbDocumentClient`). Call it once at module scope so warm
 * invocations reuse the client and its open connections.
 *
 * @example
 * const store = createDynamoDbProgressStore({ tableName: config.tableName, endpoint: config.dynamoDbEndpoint });
 */
export function createDynamoDbProgressStore(config: DynamoDbProgressStoreConfig): DynamoDbProgressStore {
  const { tableName, ...clientOptions } = config;
  return new DynamoDbProgressStore({ tableName, client: createDynamoDbDocumentClient(clientOptions) });
}

/** The write's condition failed: this request id is the one applied last. */
function isAlreadyApplied(error: unknown): boolean {
  return errorFields(error).name === 'ConditionalCheckFailedException';
}

/** A user id is personal data: errors name the same short hash of it as the logs do. */
function userRef(userId: string): string {
  return `user ${hashUserId(userId)}`;
}

/** The error's name, plus the Node error code for network errors, which are all named plain `Error`. */
function errorName(error: unknown): string {
  const { name, code } = errorFields(error);
  if (name === undefined) return 'unknown error';
  return name === 'Error' && code !== undefined ? `${name} ${code}` : name;
}

/** Read by shape, not `instanceof`: errors raised by Node itself may come from another realm (as under jest). */
function errorFields(error: unknown): { name?: string; code?: string } {
  if (typeof error !== 'object' || error === null) return {};
  const { name, code } = error as { name?: unknown; code?: unknown };
  return {
    name: typeof name === 'string' ? name : undefined,
    code: typeof code === 'string' ? code : undefined,
  };
}
