import { TOPIC_INTENTS, TOPICS } from '../../lambda/content/answers';
import { STRETCH, WALK } from '../../lambda/content/prompts';
import { ROUTINE_IDS, ROUTINES, type RoutineId } from '../../lambda/content/routines';
import { device } from '../../simulator/envelopes';
import { Conversation, resolved } from '../fixtures/conversation';
import { countCommands, type CommandCounter } from '../support/command-counter';
import { startStoreProcess, type StoreProcess } from './store-process';
import { quantile, startTimedSkill, type TimedSkill } from './timed-skill';

/**
 * Many users at once, each through a whole visit: launch, a question, a full routine (next to the end) and a
 * walk to log, with up to 50 users in flight, against dynalite on loopback through the real DynamoDB store.
 * Nothing may fail, and at the end every user's stored counts must be exact. 100 users in `npm test`; 1,000 with
 * `FULL_LOAD=1` (`npm run test:load`). Bounded in count and in time.
 */
const FULL = process.env.FULL_LOAD === '1';
const USERS = FULL ? 1000 : 100;
const MAX_IN_FLIGHT = 50;
const TIME_LIMIT_MS = FULL ? 8 * 60_000 : 40_000;

/** Every user speaks at the same moment, so that everyone's day is the same however long the run takes. */
const CLOCK = new Date('2026-11-30T09:30:00.000Z');
const TODAY = '2026-11-30';

interface Visit {
  readonly userId: string;
  readonly routineId: RoutineId;
  readonly walkMinutes: number;
}

const visitOf = (index: number): Visit => ({
  userId: `amzn1.ask.account.LOAD-${String(index).padStart(5, '0')}`,
  routineId: ROUTINE_IDS[index % ROUTINE_IDS.length]!,
  walkMinutes: 1 + ((index * 7) % 120),
});

let db: StoreProcess;
let skill: TimedSkill;
let commands: CommandCounter;

beforeAll(async () => {
  // dynalite runs in a process of its own, as DynamoDB would: it must not slow the skill's event loop down.
  db = await startStoreProcess();
  // Production gives each DynamoDB call 1 s, for one turn at a time per Lambda instance. Here one process plays 50
  // instances against one single-threaded dynalite, whose queue alone can reach that on a busy machine; the
  // timeout itself is tested in faults.test.ts.
  skill = startTimedSkill({ endpoint: db.endpoint, tableName: db.tableName, requestTimeoutMs: 10_000 });
  // A warm-up visit first: the first call of each kind loads code in both the SDK and dynalite, which is a cold
  // start (measured by the benchmark), not load.
  await visit({ userId: 'amzn1.ask.account.LOAD-WARM-UP', routineId: 'quick', walkMinutes: 5 }, 0);
  skill.latencies.length = 0;
  commands = countCommands(skill.store.client);
});

afterAll(async () => {
  await skill?.stop();
  await db?.stop();
});

/** One user's visit, turn by turn; throws at the first answer that is not what that turn should say. */
async function visit({ userId, routineId, walkMinutes }: Visit, index: number): Promise<number> {
  const user = new Conversation(skill, device({ userId, deviceId: `amzn1.ask.device.LOAD-${index}` }));
  user.clock = CLOCK;
  const expectText = (text: string, expected: string, turn: string) => {
    if (!text.includes(expected)) throw new Error(`${userId}, ${turn}: expected "${expected}" in "${text.slice(0, 160)}"`);
  };
  let turns = 0;

  const welcome = await user.launch();
  turns += 1;
  expectText(welcome.text, 'Welcome to Back Care Coach', 'launch');
  const topic = TOPICS[index % TOPICS.length]!;
  const answer = await user.say(TOPIC_INTENTS[topic]);
  turns += 1;
  if (answer.ended || answer.card === undefined) throw new Error(`${userId}: the ${topic} answer ended the session or had no card`);

  const routine = ROUTINES[routineId];
  let reply = await user.say('StretchGuideIntent', { routine: resolved(routine.name, routineId) });
  turns += 1;
  for (let step = 1; step < routine.steps.length; step += 1) {
    reply = await user.say('AMAZON.NextIntent');
    turns += 1;
  }
  expectText(reply.text, STRETCH.finished(routine.name), 'the last stretch');
  expectText(reply.text, STRETCH.weekSessions(1), 'the last stretch');

  const walk = await user.say('LogWalkIntent', { duration: `PT${walkMinutes}M` });
  turns += 1;
  expectText(walk.text, WALK.logged({ minutes: walkMinutes, when: 'today' }, walkMinutes), 'the walk');
  await user.end();
  return turns + 1;
}

/** Runs `count` jobs, at most `limit` at a time, starting none after `deadline`; collects failures. */
async function inPool(count: number, limit: number, deadline: number, job: (index: number) => Promise<void>) {
  let next = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const index = next++;
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      try {
        await job(index);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      } finally {
        inFlight -= 1;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return { started: next, failures, mostInFlight };
}

test(
  `${USERS} users through a whole visit, ${MAX_IN_FLIGHT} at a time: no error, and every stored count exact`,
  async () => {
    // Act
    const started = Date.now();
    let turns = 0;
    const run = await inPool(USERS, MAX_IN_FLIGHT, started + TIME_LIMIT_MS, async (index) => {
      const turnsOfVisit = await visit(visitOf(index), index);
      turns += turnsOfVisit;
    });
    const seconds = (Date.now() - started) / 1000;

    // Assess: every user was served, without a failure anywhere.
    expect(run.started).toBe(USERS);
    expect(run.failures.slice(0, 5)).toEqual([]);
    expect(skill.storeFailures.slice(0, 5)).toEqual([]);
    expect(skill.badResponses.slice(0, 5)).toEqual([]);
    expect(run.mostInFlight).toBe(MAX_IN_FLIGHT);

    // Every user's progress holds exactly this visit.
    const wrong: string[] = [];
    for (let index = 0; index < USERS; index += 1) {
      const { userId, routineId, walkMinutes } = visitOf(index);
      const progress = await skill.store.load(userId);
      const actual = progress && {
        sessionsCompleted: progress.sessionsCompleted,
        sessionsByDay: progress.sessionsByDay,
        walksLogged: progress.walksLogged,
        walkMinutes: progress.walkMinutes,
        unfinished: progress.unfinished,
        firstVisit: progress.firstVisit,
        streak: progress.streak.current,
      };
      const expected = {
        sessionsCompleted: { [routineId]: 1 },
        sessionsByDay: { [TODAY]: 1 },
        walksLogged: 1,
        walkMinutes,
        unfinished: undefined,
        firstVisit: CLOCK.toISOString(),
        streak: 1,
      };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${userId}: ${JSON.stringify(actual)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);

    // One read per session; at most one write per turn.
    expect(commands.sent('GetItem')).toBe(USERS + USERS); // the sessions, plus the checks just above
    expect(commands.sent('UpdateItem')).toBeLessThanOrEqual(turns);

    // eslint-disable-next-line no-console
    console.log(
      `load: ${USERS} users, ${turns} turns in ${seconds.toFixed(1)} s (${Math.round(turns / seconds)} turns/s), ` +
        `${run.mostInFlight} in flight; turn latency p50 ${quantile(skill.latencies, 0.5).toFixed(1)} ms, ` +
        `p99 ${quantile(skill.latencies, 0.99).toFixed(1)} ms, max ${Math.max(...skill.latencies).toFixed(0)} ms`,
    );
  },
  TIME_LIMIT_MS + 30_000,
);
