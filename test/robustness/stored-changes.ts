import { isHoldSeconds, PACES } from '../../lambda/coach/progress';
import { isDay } from '../../lambda/coach/calendar';
import { MAX_WALK_MINUTES } from '../../lambda/coach/walks';
import { toRoutinePosition } from '../../lambda/coach/routine-cursor';
import { toKeptTimeZone } from '../../lambda/coach/time-zone';
import { ROUTINE_IDS } from '../../lambda/content/routines';
import { TIPS } from '../../lambda/content/tips';
import { COMPLETED_PREFIX, DAY_PREFIX, RECEIPT_PREFIX, SCHEMA_VERSION, toProgress } from '../../lambda/storage/dynamodb-progress-store';
import { parseReceipt } from '../../lambda/coach/receipts';

/** A progress item as the document client reads it. */
export type StoredItem = Record<string, unknown>;

const FIXED_ATTRIBUTES = new Set([
  'userId',
  'schemaVersion',
  'version',
  'lastRequestId',
  'firstVisit',
  'lastVisit',
  'walksLogged',
  'walkMinutes',
  'lastWalk',
  'streak',
  'unfinished',
  'holdSeconds',
  'pace',
  'tipsHeard',
  'lastTipDay',
  'lastTipId',
  'timeZone',
  'reminder',
  'minutesWalked',
  'tips',
]);
const TIP_IDS = new Set(TIPS.map((tip) => tip.id));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function countersWithPrefix(item: StoredItem, prefix: string): Map<string, unknown> {
  return new Map(Object.entries(item).filter(([name]) => name.startsWith(prefix)));
}

/**
 * What is wrong with how a user's stored item changed from `before` to `after`, if anything. The skill may only
 * change it in the ways its turns do: counters only grow (a walk adds one walk and 1 to 720 minutes; a finished
 * routine adds one session to a real routine and to a day), old days may be forgotten, the first visit never
 * moves, every attribute keeps its type, and only ids the skill knows are written. The item must still load.
 */
export function storedChangeProblems(before: StoredItem | undefined, after: StoredItem | undefined): string[] {
  const problems: string[] = [];
  if (before && !after) return ['the item was deleted'];
  if (!after) return problems;
  const old = before ?? {};
  const problem = (text: string) => problems.push(text);

  for (const name of Object.keys(after)) {
    const counted = name.startsWith(COMPLETED_PREFIX) || name.startsWith(DAY_PREFIX) || name.startsWith(RECEIPT_PREFIX);
    if (!FIXED_ATTRIBUTES.has(name) && !counted) {
      problem(`unexpected attribute ${JSON.stringify(name).slice(0, 80)}`);
    }
  }
  if (after.userId !== (before?.userId ?? after.userId) || typeof after.userId !== 'string') problem('userId changed');

  // Counters: whole numbers that never go down, but for an undo, which takes back exactly the last walk logged.
  const undone = isRecord(old.lastWalk) && after.lastWalk === undefined ? old.lastWalk : undefined;
  for (const name of ['walksLogged', 'walkMinutes', 'minutesWalked'] as const) {
    if (after[name] !== undefined && !isCount(after[name])) problem(`${name} is ${JSON.stringify(after[name])}`);
    if (!undone && ((after[name] as number | undefined) ?? 0) < ((old[name] as number | undefined) ?? 0)) problem(`${name} went down`);
  }
  if (after.minutesWalked !== old.minutesWalked) problem('the version-0 minutesWalked changed');
  const walks = ((after.walksLogged as number) ?? 0) - ((old.walksLogged as number) ?? 0);
  const minutes = ((after.walkMinutes as number) ?? 0) - ((old.walkMinutes as number) ?? 0);
  if (undone) {
    if (walks !== -1 || minutes !== -(undone.minutes as number)) problem(`an undo of ${JSON.stringify(undone)} changed ${walks} walks, ${minutes} minutes`);
  } else if (minutes < walks || minutes > walks * MAX_WALK_MINUTES) problem(`${walks} walks added ${minutes} minutes`);
  if (after.lastWalk !== undefined) {
    const walk = after.lastWalk;
    if (!isRecord(walk) || !isCount(walk.minutes) || walk.minutes > MAX_WALK_MINUTES || !isDay(walk.day) || typeof walk.id !== 'string') {
      problem(`lastWalk is ${JSON.stringify(walk).slice(0, 80)}`);
    }
    if (JSON.stringify(walk) !== JSON.stringify(old.lastWalk) && walks !== 1) problem('lastWalk changed without a walk');
  }

  const completedBefore = countersWithPrefix(old, COMPLETED_PREFIX);
  const completedAfter = countersWithPrefix(after, COMPLETED_PREFIX);
  let sessionsAdded = 0;
  for (const [name, count] of completedAfter) {
    if (!isCount(count)) problem(`${name} is ${JSON.stringify(count)}`);
    const previous = completedBefore.get(name) as number | undefined;
    if (previous === undefined && !(ROUTINE_IDS as readonly string[]).includes(name.slice(COMPLETED_PREFIX.length))) {
      problem(`a session of an unknown routine: ${JSON.stringify(name).slice(0, 80)}`);
    }
    if ((count as number) < (previous ?? 0)) problem(`${name} went down`);
    sessionsAdded += (count as number) - (previous ?? 0);
  }
  for (const name of completedBefore.keys()) if (!completedAfter.has(name)) problem(`${name} was removed`);

  const daysBefore = countersWithPrefix(old, DAY_PREFIX);
  const daysAfter = countersWithPrefix(after, DAY_PREFIX);
  let daySessionsAdded = 0;
  for (const [name, count] of daysAfter) {
    if (!isCount(count)) problem(`${name} is ${JSON.stringify(count)}`);
    if (!isDay(name.slice(DAY_PREFIX.length))) problem(`a day counter for ${JSON.stringify(name).slice(0, 80)}`);
    const previous = (daysBefore.get(name) as number | undefined) ?? 0;
    if ((count as number) < previous) problem(`${name} went down`);
    daySessionsAdded += (count as number) - previous;
  }
  // Forgetting old days is allowed; while none is forgotten, every session added is counted on a day.
  const forgotten = [...daysBefore.keys()].some((name) => !daysAfter.has(name));
  if (!forgotten && daySessionsAdded !== sessionsAdded) problem(`${sessionsAdded} sessions but ${daySessionsAdded} on days`);

  // Everything else keeps its type and holds only what the skill writes.
  if (old.firstVisit !== undefined && after.firstVisit !== old.firstVisit) problem('firstVisit moved');
  for (const name of ['firstVisit', 'lastVisit'] as const) {
    const value = after[name];
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) problem(`${name} is ${JSON.stringify(value)}`);
  }
  if (after.streak !== undefined) {
    const streak = after.streak;
    if (!isRecord(streak) || !isCount(streak.current) || !isCount(streak.best)) problem(`streak is ${JSON.stringify(streak)}`);
    else if (streak.lastActiveDay !== undefined && !isDay(streak.lastActiveDay)) problem('streak.lastActiveDay is not a day');
  }
  if (after.unfinished !== undefined && !toRoutinePosition(after.unfinished)) {
    problem(`unfinished is ${JSON.stringify(after.unfinished).slice(0, 80)}`);
  }
  if (after.holdSeconds !== undefined && !(typeof after.holdSeconds === 'number' && isHoldSeconds(after.holdSeconds))) {
    problem(`holdSeconds is ${JSON.stringify(after.holdSeconds)}`);
  }
  if (after.pace !== undefined && !(PACES as readonly unknown[]).includes(after.pace)) problem(`pace is ${JSON.stringify(after.pace)}`);
  if (after.tipsHeard !== undefined) {
    const known = old.tipsHeard instanceof Set ? (old.tipsHeard as Set<unknown>) : new Set();
    if (!(after.tipsHeard instanceof Set)) problem('tipsHeard is not a string set');
    else for (const id of after.tipsHeard) if (!TIP_IDS.has(id as string) && !known.has(id)) problem(`an unknown tip ${JSON.stringify(id)}`);
  }
  if (after.lastTipId !== undefined && after.lastTipId !== old.lastTipId && !TIP_IDS.has(after.lastTipId as string)) {
    problem(`an unknown last tip ${JSON.stringify(after.lastTipId)}`);
  }
  if (after.lastTipDay !== undefined && !isDay(after.lastTipDay)) problem(`lastTipDay is ${JSON.stringify(after.lastTipDay)}`);
  if (after.reminder !== undefined && JSON.stringify(after.reminder) !== JSON.stringify(old.reminder)) problem('the reminder changed');
  if (after.timeZone !== undefined && !toKeptTimeZone(after.timeZone)) problem(`timeZone is ${JSON.stringify(after.timeZone).slice(0, 80)}`);
  if (after.tips !== undefined && JSON.stringify(after.tips) !== JSON.stringify(old.tips)) problem('the version-0 tips list changed');
  if (after.lastRequestId !== old.lastRequestId) problem('the version-1 lastRequestId changed');
  const receipts = [...countersWithPrefix(after, RECEIPT_PREFIX)];
  for (const [name, receipt] of receipts) if (!parseReceipt(receipt)) problem(`${name.slice(0, 80)} is not a receipt`);
  const added = receipts.filter(([name]) => !(name in old)).length;
  const versionAfter = (after.version as number | undefined) ?? 0;
  const versionBefore = (old.version as number | undefined) ?? 0;
  if (after.version !== undefined && !isCount(after.version)) problem(`version is ${JSON.stringify(after.version)}`);
  // Each write adds its receipt and one version; nothing else may.
  if (versionAfter - versionBefore < added) problem(`${added} receipts added in ${versionAfter - versionBefore} versions`);
  if (versionAfter < versionBefore) problem('version went down');
  if (versionAfter !== versionBefore && after.schemaVersion !== SCHEMA_VERSION) {
    problem(`schemaVersion is ${JSON.stringify(after.schemaVersion)}`);
  }

  try {
    const progress = toProgress(after);
    const sessions = Object.values(progress.sessionsCompleted).reduce((sum, n) => sum + n, 0);
    const expected = [...completedAfter.values()].reduce<number>((sum, n) => sum + (n as number), 0);
    if (sessions !== expected) problem('toProgress lost completed sessions');
  } catch (error) {
    problem(`toProgress threw ${String(error)}`);
  }
  return problems;
}
