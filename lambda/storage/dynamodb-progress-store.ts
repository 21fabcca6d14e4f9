import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { applyChange, emptyProgress, parseReceipts, toLoggedWalk, toPreferences } from '../coach/progress';
import { toDailyReminder, type DailyReminder } from '../coach/reminder';
import { isZoneName, toKeptTimeZone, type KeptTimeZone } from '../coach/time-zone';
import type { Day, LoggedWalk, Pace, Preferences, Progress, ProgressChange, Streak, UnfinishedRoutine } from '../coach/progress';
import type { Receipt } from '../coach/receipts';
import { asString, isRecord, type JsonObject } from '../json';
import { hashUserId } from '../log';
import { createDynamoDbDocumentClient } from './dynamodb-client';
import type { DynamoDbClientOptions } from './dynamodb-client';
import { ProgressStoreError } from './progress-store';
import type { Applied, ProgressStore, Write } from './progress-store';

/** The item layout this code writes; see {@link ProgressItem}. */
export const SCHEMA_VERSION = 2;

/**
 * Prefixes of the per-routine and per-day counters. They are top-level attributes, not maps, because DynamoDB
 * cannot `ADD` into a path of a map attribute that does not exist yet: flat names make the first count of a new
 * routine or day as atomic as the hundredth, without reading the item first. No fixed attribute starts with them.
 */
export const COMPLETED_PREFIX = 'completed_';
export const DAY_PREFIX = 'day_';
/** Prefix of each applied request's receipt, top-level for the same reason: adding one needs no read. */
export const RECEIPT_PREFIX = 'receipt_';

/**
 * One user's item in the progress table (partition key `userId`, no sort key), as written since schema version 1:
 *
 * | attribute | type | holds |
 * |---|---|---|
 * | `userId` | S | the Alexa user id (key) |
 * | `schemaVersion` | N | `2`; absent on version-0 items |
 * | `version` | N | changes applied; a change decided from an older copy of the item is refused |
 * | `receipt_<key>` | M | `{ at, answer }` for each recent request applied (see `coach/receipts`) |
 * | `firstVisit`, `lastVisit` | S | ISO timestamps |
 * | `completed_<routineId>` | N | completed sessions of that routine |
 * | `day_<YYYY-MM-DD>` | N | completed sessions on that day (about two weeks are kept) |
 * | `walksLogged`, `walkMinutes` | N | walk counters |
 * | `lastWalk` | M | `{ minutes, day, id, undo? }` of the walk logged last; removed when it is taken back |
 * | `streak` | M | `{ current, best, lastActiveDay? }`, replaced whole |
 * | `unfinished` | M | `{ routineId, step }`; absent when no routine is under way |
 * | `holdSeconds`, `pace`, `leftOut` | N, S, L of S | preferences, top-level so that one can change without the other; `leftOut` names stretches to skip, never why |
 * | `tipsHeard` | SS | tip ids heard in the current round |
 * | `lastTipDay` | S | `YYYY-MM-DD` |
 * | `lastTipId` | S | the tip heard last, on `lastTipDay` |
 * | `timeZone` | M | `{ zone, device, checkedAt, offsetMinutes, validUntil }`: the device time zone, replaced whole when Alexa gives it again |
 * | `reminder` | M | `{ alertToken, time }`: the daily reminder the skill set; absent when there is none |
 *
 * Version 1 remembered only the last request applied, in `lastRequestId`, and had no `version` or receipts; its
 * `lastRequestId` is left as it is and no longer read. An item without `version` is at version 0.
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
  version?: number;
  /** Version 1: the last request applied. */
  lastRequestId?: string;
  firstVisit?: string;
  lastVisit?: string;
  walksLogged?: number;
  walkMinutes?: number;
  lastWalk?: LoggedWalk;
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
  /** Keyed by `receiptKey(requestId)`. */
  [appliedRequest: `receipt_${string}`]: Receipt;
  /** Version 0: walk minutes before `walkMinutes`. */
  minutesWalked?: number;
  /** Version 0: heard tips as a list. */
  tips?: string[];
}

/** The attribute names the store writes, besides the `completed_` and `day_` counters. */
const ATTRIBUTE = {
  userId: 'userId',
  schemaVersion: 'schemaVersion',
  version: 'version',
  firstVisit: 'firstVisit',
  lastVisit: 'lastVisit',
  walksLogged: 'walksLogged',
  walkMinutes: 'walkMinutes',
  lastWalk: 'lastWalk',
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
  const lastWalk = toLoggedWalk(item[ATTRIBUTE.lastWalk]);
  if (lastWalk) progress.lastWalk = lastWalk;
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
  // Checked by shape only: a launch that finds the zone current then needs no Intl at all (see KeptTimeZone).
  const timeZone = toKeptTimeZone(item[ATTRIBUTE.timeZone], isZoneName);
  if (timeZone) progress.timeZone = timeZone;
  const reminder = toDailyReminder(item[ATTRIBUTE.reminder]);
  if (reminder) progress.reminder = reminder;
  progress.version = asNumber(item[ATTRIBUTE.version]) ?? 0;
  progress.receipts = parseReceipts(
    Object.fromEntries(
      Object.entries(item)
        .filter(([attribute]) => attribute.startsWith(RECEIPT_PREFIX))
        .map(([attribute, value]) => [attribute.slice(RECEIPT_PREFIX.length), value]),
    ),
  );
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
 * so concurrent turns of one user never lose a count, and nothing needs reading first. It adds the request's
 * receipt, and its condition makes the write idempotent per request: when Alexa resends a request, or the SDK
 * resends a write whose reply was lost, the receipt is already there and the write changes nothing. With
 * `basedOn`, the condition holds the write to the version (and streak) the change was decided from instead, which
 * every applied write moves on, this request's first attempt included.
 */
export function buildProgressUpdate(change: ProgressChange, write: Write): ProgressUpdate {
  const update = new UpdateExpressionBuilder();
  const one = update.value(1);

  update.set(ATTRIBUTE.schemaVersion, update.value(SCHEMA_VERSION));
  update.add(ATTRIBUTE.version, one);
  const receipt = RECEIPT_PREFIX + write.receiptKey;
  const { at, answer } = write.receipt;
  update.set(receipt, update.value({ at, answer } satisfies Receipt));
  for (const key of write.forgetReceipts) {
    if (key !== write.receiptKey) update.remove(RECEIPT_PREFIX + key);
  }

  if (change.visitAt !== undefined) {
    const visitAt = update.value(change.visitAt);
    update.set(ATTRIBUTE.lastVisit, visitAt);
    if (write.basedOn?.firstVisit === undefined) update.setIfNotExists(ATTRIBUTE.firstVisit, visitAt);
  }

  const forgetDays = new Set(change.forgetDays ?? []);
  if (change.completedRoutine) {
    const { routineId, day } = change.completedRoutine;
    update.add(COMPLETED_PREFIX + routineId, one);
    // Forgetting a day and counting a session on it in the same turn leaves exactly that session.
    if (forgetDays.delete(day)) update.set(DAY_PREFIX + day, one);
    else update.add(DAY_PREFIX + day, one);
  }
  for (const day of forgetDays) update.remove(DAY_PREFIX + day);

  if (change.walk) {
    const { minutes, day, id, undo } = change.walk;
    update.add(ATTRIBUTE.walksLogged, one);
    update.add(ATTRIBUTE.walkMinutes, update.value(minutes));
    // Copied field by field, as the streak below: no `undefined` reaches the marshaller.
    const walk: LoggedWalk = { minutes, day, id };
    if (undo) walk.undo = { streak: storedStreak(undo.streak), version: undo.version };
    update.set(ATTRIBUTE.lastWalk, update.value(walk));
  }
  // Taken back only while it is still the last walk: after another device's walk, the write is refused.
  let undoCondition: string | undefined;
  if (change.undoWalk) {
    update.add(ATTRIBUTE.walksLogged, update.value(-1));
    update.add(ATTRIBUTE.walkMinutes, update.value(-change.undoWalk.minutes));
    update.remove(ATTRIBUTE.lastWalk);
    const lastWalk = update.name(ATTRIBUTE.lastWalk);
    undoCondition =
      `${lastWalk}.${update.name('id')} = ${update.value(change.undoWalk.id)} AND ` +
      `${lastWalk}.${update.name('minutes')} = ${update.value(change.undoWalk.minutes)}`;
  }

  if (change.streak) {
    // Copied field by field: only what `toProgress` reads is stored, and no `undefined` reaches the marshaller.
    update.set(ATTRIBUTE.streak, update.value(storedStreak(change.streak)));
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
    const { zone, device, checkedAt, offsetMinutes, validUntil } = change.timeZone;
    update.set(ATTRIBUTE.timeZone, update.value({ zone, device, checkedAt, offsetMinutes, validUntil } satisfies KeptTimeZone));
  }

  if (change.reminder === null) update.remove(ATTRIBUTE.reminder);
  else if (change.reminder) {
    const { alertToken, time } = change.reminder;
    update.set(ATTRIBUTE.reminder, update.value({ alertToken, time } satisfies DailyReminder));
  }

  // Held to a version, the write is refused anyway once this request (or any other) has been applied.
  const conditions = write.basedOn
    ? storedIs(update, write.basedOn, change.streak !== undefined)
    : [`attribute_not_exists(${update.name(receipt)})`];
  if (undoCondition) conditions.push(undoCondition);
  return {
    UpdateExpression: update.expression(),
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: update.attributeNames(),
    ExpressionAttributeValues: update.attributeValues(),
  };
}

/** The progress stored by a write that held to `basedOn`: what `toProgress` would read back from the item. */
function written(basedOn: Progress, change: ProgressChange, { receiptKey, receipt, forgetReceipts }: Write): Progress {
  const progress = applyChange(basedOn, change);
  for (const key of forgetReceipts) delete progress.receipts[key];
  progress.receipts[receiptKey] = receipt;
  progress.version = basedOn.version + 1;
  progress.tipsHeard.sort();
  return progress;
}

/** A streak as stored: only what `toProgress` reads, and no `undefined` for the marshaller. */
function storedStreak({ current, best, lastActiveDay }: Streak): Streak {
  return lastActiveDay === undefined ? { current, best } : { current, best, lastActiveDay };
}

/**
 * Conditions that hold while the stored item is still `progress`: its version, and its streak when the change
 * sets one, so that a streak worked out from a copy of the item (stale, or altered on the way back from the
 * client) is never written. Compared field by field: not every DynamoDB-compatible store compares maps.
 */
function storedIs(update: UpdateExpressionBuilder, progress: Progress, setsStreak: boolean): string[] {
  const version = update.name(ATTRIBUTE.version);
  const conditions = [
    progress.version === 0 ? `attribute_not_exists(${version})` : `${version} = ${update.value(progress.version)}`,
  ];
  if (setsStreak) {
    const { current, best, lastActiveDay } = progress.streak;
    const path = (key: keyof Streak) => `${update.name(ATTRIBUTE.streak)}.${update.name(key)}`;
    const fields = [
      `${path('current')} = ${update.value(current)}`,
      `${path('best')} = ${update.value(best)}`,
      lastActiveDay === undefined
        ? `attribute_not_exists(${path('lastActiveDay')})`
        : `${path('lastActiveDay')} = ${update.value(lastActiveDay)}`,
    ].join(' AND ');
    const none = current === 0 && best === 0 && lastActiveDay === undefined;
    conditions.push(none ? `(attribute_not_exists(${update.name(ATTRIBUTE.streak)}) OR (${fields}))` : `(${fields})`);
  }
  return conditions;
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
    const item = await this.read(userId, 'load progress of');
    return item === undefined ? undefined : toProgress(item);
  }

  private async read(userId: string, action: string): Promise<RawItem | undefined> {
    try {
      // Consistent: the user's next turn must see what their last turn wrote.
      const output = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { [ATTRIBUTE.userId]: userId }, ConsistentRead: true }),
      );
      return output.Item;
    } catch (error) {
      throw this.failure(`${action} ${userRef(userId)} from`, error);
    }
  }

  async apply(userId: string, change: ProgressChange, write: Write): Promise<Applied> {
    const update = buildProgressUpdate(change, write);
    let refusal: unknown;
    try {
      const { basedOn } = write;
      const output = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { [ATTRIBUTE.userId]: userId },
          ...update,
          // Written on top of `basedOn` exactly, the item is known without being sent back.
          ReturnValues: basedOn ? 'NONE' : 'ALL_NEW',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return { outcome: 'applied', progress: basedOn ? written(basedOn, change, write) : toProgress(output.Attributes ?? {}) };
    } catch (error) {
      if (!isConditionFailure(error)) throw this.failure(`save progress of ${userRef(userId)} to`, error);
      refusal = error;
    }
    // DynamoDB returns the item with its refusal; a store that doesn't (dynalite) costs one more read, and only here.
    const item = itemOf(refusal) ?? (await this.read(userId, 'save progress of'));
    const progress = toProgress(item ?? {});
    const receipt = progress.receipts[write.receiptKey];
    return receipt ? { outcome: 'already-applied', progress, receipt } : { outcome: 'conflict', progress };
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

/** The write's condition failed: the request was applied before, or the item changed since it was read. */
function isConditionFailure(error: unknown): boolean {
  return errorFields(error).name === 'ConditionalCheckFailedException';
}

/**
 * The item a refused write returns with `ReturnValuesOnConditionCheckFailure: ALL_OLD`. The document client
 * leaves it in DynamoDB's own JSON, so it is unmarshalled here.
 */
function itemOf(refusal: unknown): RawItem | undefined {
  const item = (refusal as { Item?: unknown }).Item;
  return isRecord(item) ? unmarshall(item as Parameters<typeof unmarshall>[0]) : undefined;
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
