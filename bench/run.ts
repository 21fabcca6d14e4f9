import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LAMBDA_ENTRY, LAMBDA_OUTFILE, lambdaBuildOptions } from '../infra/lambda-bundling';
import { dayIn, addDays } from '../lambda/coach/calendar';
import { keptTimeZone } from '../lambda/coach/time-zone';
import { hashUserId } from '../lambda/log';
import { createDynamoDbProgressStore } from '../lambda/storage/dynamodb-progress-store';
import { device, intentRequest, launchRequest, newId, resolvedSlot, sessionEndedRequest, type Device, type SessionInfo } from '../simulator/envelopes';
import { startLocalAlexaApi, type LocalAlexaApi } from '../simulator/local-alexa-api';
import { startStoreProcess, type StoreProcess } from '../test/load/store-process';

/**
 * `npm run bench`: Back Care Coach side by side with a minimal ask-sdk-core "hello world" skill on the same
 * DynamoDB document client (bench/baseline), both bundled with the esbuild options of `npm run build`
 * (`lambdaBuildOptions`, `mainFields: ['module', 'main']` included). Every session is a returning user's, whose
 * launch gives the day's tip, on a device whose time zone is kept with their progress:
 *
 * - bundle size of dist/lambda/index.js, and its ratio to the baseline's (target: at most 1.15);
 * - cold start: `require` the bundle and answer the first LaunchRequest in a fresh `node` process, median of at
 *   least 15 processes each, and the ratio (target: at most 1.1);
 * - warm handler latency p50/p99 of at least 500 returning users' launches (each with the day's tip), side by side
 *   with as many baseline launches (target: p99 at most 1.1 times the baseline's); and, for information, of every
 *   turn of whole sessions (a question, a routine, a walk);
 * - DynamoDB calls per session, counted by a proxy in front of the store (target: at most one read), and calls to
 *   Alexa's Settings API (target: none: the zone is kept with the progress).
 *
 * The store is dynalite on loopback, in a process of its own; Alexa's APIs answer on loopback (simulator's local
 * Alexa API). Prints a table and one JSON line.
 *
 * Options: --repeat N (run everything N times and report medians), --cold-runs N, --sessions N, --launches N, --write (record
 * the result in bench/RESULTS.md, between its markers).
 */

const ROOT = join(__dirname, '..');
const BASELINE_ENTRY = 'bench/baseline/index.ts';
const BASELINE_OUTFILE = 'dist/bench/baseline/index.js';
const CHECK_OUTFILE = 'dist/bench/skill/index.js';
const COLD_START_SCRIPT = join(__dirname, 'cold-start.cjs');
const RESULTS_FILE = join(__dirname, 'RESULTS.md');
const TARGETS = { bundleRatio: 1.15, coldStartRatio: 1.1, warmP99Ratio: 1.1, readsPerSession: 1, settingsCallsPerSession: 0 } as const;
/** The zone the benchmark's devices are in, kept with each user's progress. */
const BENCH_ZONE = 'America/Chicago';
const BENCH_DEVICE = 'amzn1.ask.device.BENCH-ECHO';
/** Each cold-start process must be done in this time; a hung one is killed and the run fails. */
const PROCESS_LIMIT_MS = 30_000;

// ---------------------------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------------------------

function option(name: string, fallback: number, minimum: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < minimum) throw new Error(`--${name} must be a whole number of at least ${minimum}`);
  return value;
}

const REPEAT = option('repeat', 1, 1);
const COLD_RUNS = option('cold-runs', 21, 15);
/** Sessions of 8 turns each for the skill (launch, question, a 4-stretch routine, a walk, the end). */
const SESSIONS = option('sessions', 130, 125);
/** Warm launches of returning users, each side: the unit the warm target is stated for. */
const LAUNCHES = option('launches', 1000, 500);
const WRITE = process.argv.includes('--write');

// ---------------------------------------------------------------------------------------------------------------
// Bundles
// ---------------------------------------------------------------------------------------------------------------

/** The options `npm run build` bundles the skill with, for any entry. */
function bundleOptions(entry: string, outfile: string): BuildOptions {
  return {
    ...lambdaBuildOptions,
    entryPoints: [join(ROOT, entry)],
    outfile: join(ROOT, outfile),
    logLevel: 'warning',
    metafile: true,
  };
}

/** Bytes of a bundle by where they come from: an npm package, or a folder of this project. */
function composition(metafile: Metafile): Map<string, number> {
  const bytes = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const source = match ? match[1]! : (path.split('/')[0] ?? path);
      bytes.set(source, (bytes.get(source) ?? 0) + bytesInOutput);
    }
  }
  return bytes;
}

interface Bundles {
  oursBytes: number;
  baselineBytes: number;
  /** The packages and folders that make up the difference, largest first. */
  difference: { source: string; oursBytes: number; baselineBytes: number }[];
  /** Whether rebuilding the skill with the options here gives dist/lambda/index.js byte for byte in size. */
  sameOptionsAsBuild: boolean;
}

async function buildBundles(): Promise<Bundles> {
  const ours = join(ROOT, LAMBDA_OUTFILE);
  if (!existsSync(ours)) throw new Error(`${LAMBDA_OUTFILE} is missing: run npm run build first (npm run bench does)`);
  mkdirSync(join(ROOT, 'dist/bench'), { recursive: true });
  const baseline = await build(bundleOptions(BASELINE_ENTRY, BASELINE_OUTFILE));
  const check = await build(bundleOptions(LAMBDA_ENTRY, CHECK_OUTFILE));
  const oursBytes = statSync(ours).size;
  const baselineBytes = statSync(join(ROOT, BASELINE_OUTFILE)).size;
  const oursParts = composition(check.metafile!);
  const baselineParts = composition(baseline.metafile!);
  const sources = new Set([...oursParts.keys(), ...baselineParts.keys()]);
  const difference = [...sources]
    .map((source) => ({ source, oursBytes: oursParts.get(source) ?? 0, baselineBytes: baselineParts.get(source) ?? 0 }))
    .filter(({ oursBytes: a, baselineBytes: b }) => a !== b)
    .sort((a, b) => Math.abs(b.oursBytes - b.baselineBytes) - Math.abs(a.oursBytes - a.baselineBytes));
  return { oursBytes, baselineBytes, difference, sameOptionsAsBuild: statSync(join(ROOT, CHECK_OUTFILE)).size === oursBytes };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------------------------

const median = (values: readonly number[]) => quantile(values, 0.5);

function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

type Handler = (event: unknown, context: unknown, callback?: (error: unknown, response?: unknown) => void) => unknown;

/** Calls a handler of either Lambda style: returning a promise, or answering through a callback. */
function invoke(handler: Handler, event: unknown): Promise<ResponseEnvelope> {
  return new Promise((resolve, reject) => {
    const returned = handler(event, {}, (error, response) => (error ? reject(error) : resolve(response as ResponseEnvelope)));
    if (returned instanceof Promise) returned.then((response) => response !== undefined && resolve(response as ResponseEnvelope), reject);
  });
}

/** The environment both skills run with: the store through the counting proxy, no AWS anywhere. */
function skillEnvironment(store: StoreProcess): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TABLE_NAME: store.tableName,
    DYNAMODB_ENDPOINT: store.proxyEndpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'bench',
    AWS_SECRET_ACCESS_KEY: 'bench',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LOG_LEVEL: 'silent',
  };
  delete env.SKILL_ID;
  delete env.NODE_OPTIONS;
  return env;
}

interface ColdStart {
  totalMs: number;
  loadMs: number;
  firstMs: number;
  /** From spawning `node` to its exit: Node's own start-up included. */
  processMs: number;
}

/**
 * `count` returning users, stored as a visit yesterday whose tip they heard, with their device's time zone kept
 * and current: each one's next launch gives the day's tip and needs no Settings call. Written straight to dynalite,
 * past the counting proxy.
 */
async function returningUsers(store: StoreProcess, alexa: LocalAlexaApi, name: string, count: number): Promise<Device[]> {
  const seeder = createDynamoDbProgressStore({ tableName: store.tableName, endpoint: store.endpoint });
  const now = new Date();
  const yesterday = addDays(dayIn(now, BENCH_ZONE), -1);
  const users: Device[] = [];
  try {
    for (let index = 0; index < count; index += 1) {
      const user = device({ userId: newId(`amzn1.ask.account.BENCH-${name}`), deviceId: BENCH_DEVICE, apiEndpoint: alexa.endpoint, apiAccessToken: newId('bench-token') });
      await seeder.apply(
        user.userId,
        {
          visitAt: new Date(now.getTime() - 86_400_000).toISOString(),
          tipHeard: { tipId: 'stand-tall', day: yesterday, newRound: true },
          timeZone: keptTimeZone(BENCH_ZONE, hashUserId(BENCH_DEVICE), new Date(now.getTime() - 3_600_000)),
        },
        { receiptKey: newId('bench-seed'), receipt: { at: now.getTime(), answer: {} }, forgetReceipts: [] },
      );
      users.push(user);
    }
  } finally {
    seeder.client.destroy();
  }
  return users;
}

/**
 * A user of the baseline's own, on the same device: the baseline writes its item whole (PutItem), which would wipe
 * a returning user's progress if the two shared users.
 */
const baselineUser = (user: Device): Device => ({ ...user, userId: `${user.userId}-BASELINE` });

const settingsCalls = (alexa: LocalAlexaApi) => alexa.requests.filter(({ path }) => path.startsWith('/v2/devices/')).length;

function coldStart(bundle: string, env: NodeJS.ProcessEnv, user: Device): Promise<ColdStart> {
  const event = launchRequest(user, { sessionId: newId('amzn1.echo-api.session'), new: true });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [COLD_START_SCRIPT, bundle], {
      env: { ...env, BENCH_EVENT: JSON.stringify(event) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), PROCESS_LIMIT_MS);
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk));
    child.on('close', (code) => {
      clearTimeout(timer);
      const processMs = performance.now() - started;
      try {
        const result = JSON.parse(out.trim().split('\n').pop() ?? '') as Omit<ColdStart, 'processMs'> & { ok: boolean };
        if (code !== 0 || !result.ok) throw new Error('no answer');
        resolve({ totalMs: result.totalMs, loadMs: result.loadMs, firstMs: result.firstMs, processMs });
      } catch {
        reject(new Error(`cold start of ${bundle} failed (exit ${code}): ${err.slice(0, 500)}`));
      }
    });
  });
}

async function coldStarts(store: StoreProcess, alexa: LocalAlexaApi) {
  const env = skillEnvironment(store);
  const users = await returningUsers(store, alexa, 'COLD', COLD_RUNS);
  const ours: ColdStart[] = [];
  const baseline: ColdStart[] = [];
  // Interleaved, and alternating which goes first, so that drift in the machine's load hits both alike.
  for (let run = 0; run < COLD_RUNS; run += 1) {
    const pair = [
      async () => ours.push(await coldStart(join(ROOT, LAMBDA_OUTFILE), env, users[run]!)),
      async () => baseline.push(await coldStart(join(ROOT, BASELINE_OUTFILE), env, baselineUser(users[run]!))),
    ];
    if (run % 2 === 1) pair.reverse();
    for (const measure of pair) await measure();
  }
  const summary = (runs: ColdStart[]) => ({
    totalMs: median(runs.map((run) => run.totalMs)),
    loadMs: median(runs.map((run) => run.loadMs)),
    firstAnswerMs: median(runs.map((run) => run.firstMs)),
    processMs: median(runs.map((run) => run.processMs)),
  });
  return { runs: COLD_RUNS, ours: summary(ours), baseline: summary(baseline) };
}

/** One whole session of the skill, turn by turn, the way Alexa carries session attributes; returns the latencies. */
async function skillSession(handler: Handler, user: Device, latencies: number[], failures: string[]): Promise<void> {
  const sessionId = newId('amzn1.echo-api.session');
  let session: SessionInfo = { sessionId, new: true };
  const send = async (envelope: RequestEnvelope, spoken = true) => {
    const started = performance.now();
    const response = await invoke(handler, envelope);
    latencies.push(performance.now() - started);
    const ssml = response.response.outputSpeech?.type === 'SSML' ? response.response.outputSpeech.ssml : '';
    if (spoken && (!ssml || ssml.includes('Sorry, something went wrong'))) failures.push(ssml.slice(0, 120) || 'no speech');
    session = { sessionId, new: false, attributes: response.sessionAttributes };
  };
  const quick = resolvedSlot('quick', 'quick');
  await send(launchRequest(user, session));
  await send(intentRequest(user, session, 'TightBackIntent'));
  await send(intentRequest(user, session, 'StretchGuideIntent', { routine: quick }));
  for (let step = 1; step < 4; step += 1) await send(intentRequest(user, session, 'AMAZON.NextIntent'));
  await send(intentRequest(user, session, 'LogWalkIntent', { duration: 'PT20M' }));
  await send(sessionEndedRequest(user, session), false);
}

const latencySummary = (latencies: readonly number[]) => ({
  p50Ms: quantile(latencies, 0.5),
  p99Ms: quantile(latencies, 0.99),
  maxMs: Math.max(...latencies),
});

async function timed(handler: Handler, envelope: RequestEnvelope): Promise<number> {
  const started = performance.now();
  await invoke(handler, envelope);
  return performance.now() - started;
}

async function warm(store: StoreProcess, alexa: LocalAlexaApi) {
  Object.assign(process.env, skillEnvironment(store));
  const ours = (require(join(ROOT, LAMBDA_OUTFILE)) as { handler: Handler }).handler;
  const baseline = (require(join(ROOT, BASELINE_OUTFILE)) as { handler: Handler }).handler;
  const users = await returningUsers(store, alexa, 'WARM', SESSIONS + 10);

  const failures: string[] = [];
  // Warm both up first: the first calls load code and open connections, which the cold start measures.
  for (let index = 0; index < 10; index += 1) await skillSession(ours, users[SESSIONS + index]!, [], failures);
  for (let index = 0; index < 50; index += 1) await invoke(baseline, launchRequest(baselineUser(users[index % users.length]!), { sessionId: newId('s'), new: true }));

  await store.reset();
  const settingsBefore = settingsCalls(alexa);
  const latencies: number[] = [];
  for (let index = 0; index < SESSIONS; index += 1) await skillSession(ours, users[index]!, latencies, failures);
  const oursCalls = await store.received();
  const oursSettingsCalls = settingsCalls(alexa) - settingsBefore;

  await store.reset();
  const baselineCounted = 50;
  for (let index = 0; index < baselineCounted; index += 1) {
    await invoke(baseline, launchRequest(baselineUser(users[index]!), { sessionId: newId('amzn1.echo-api.session'), new: true }));
  }
  const baselineCalls = await store.received();

  const launchUsers = await returningUsers(store, alexa, 'LAUNCH', LAUNCHES);
  const launches: number[] = [];
  const baselineLaunches: number[] = [];
  // Interleaved, alternating which goes first, so that drift in the machine's load hits both alike.
  for (const [index, user] of launchUsers.entries()) {
    const pair = [
      async () => launches.push(await timed(ours, launchRequest(user, { sessionId: newId('amzn1.echo-api.session'), new: true }))),
      async () => baselineLaunches.push(await timed(baseline, launchRequest(baselineUser(user), { sessionId: newId('amzn1.echo-api.session'), new: true }))),
    ];
    if (index % 2 === 1) pair.reverse();
    for (const measure of pair) await measure();
  }
  if (failures.length > 0) throw new Error(`the skill failed ${failures.length} turns, e.g. ${failures[0]}`);

  const writes = (calls: Record<string, number>) => (calls.UpdateItem ?? 0) + (calls.PutItem ?? 0) + (calls.DeleteItem ?? 0);
  return {
    launches: launches.length,
    ours: latencySummary(launches),
    baseline: latencySummary(baselineLaunches),
    sessions: { sessions: SESSIONS, turns: latencies.length, ...latencySummary(latencies) },
    dynamodb: {
      readsPerSession: (oursCalls.GetItem ?? 0) / SESSIONS,
      settingsCallsPerSession: oursSettingsCalls / SESSIONS,
      writesPerSession: writes(oursCalls) / SESSIONS,
      baselineReadsPerSession: (baselineCalls.GetItem ?? 0) / baselineCounted,
      baselineWritesPerSession: writes(baselineCalls) / baselineCounted,
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// One run, several runs, and the report
// ---------------------------------------------------------------------------------------------------------------

type Result = Awaited<ReturnType<typeof measure>>;

async function measure(bundles: Bundles, store: StoreProcess, alexa: LocalAlexaApi) {
  const cold = await coldStarts(store, alexa);
  const hot = await warm(store, alexa);
  return {
    bundle: { oursBytes: bundles.oursBytes, baselineBytes: bundles.baselineBytes, ratio: bundles.oursBytes / bundles.baselineBytes },
    coldStart: { ...cold, ratio: cold.ours.totalMs / cold.baseline.totalMs },
    warm: { launches: hot.launches, ours: hot.ours, baseline: hot.baseline, p99Ratio: hot.ours.p99Ms / hot.baseline.p99Ms, sessions: hot.sessions },
    dynamodb: hot.dynamodb,
  };
}

/** Every number of the results replaced by its median across them. */
function medians<T>(results: readonly T[]): T {
  const first = results[0] as unknown;
  if (typeof first === 'number') return median(results as unknown as number[]) as unknown as T;
  if (typeof first !== 'object' || first === null) return first as T;
  return Object.fromEntries(
    Object.keys(first).map((key) => [key, medians(results.map((result) => (result as Record<string, unknown>)[key]))]),
  ) as T;
}

function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

function targetsMet(result: Result) {
  return {
    bundle: result.bundle.ratio <= TARGETS.bundleRatio,
    coldStart: result.coldStart.ratio <= TARGETS.coldStartRatio,
    warmP99: result.warm.p99Ratio <= TARGETS.warmP99Ratio,
    readsPerSession: result.dynamodb.readsPerSession <= TARGETS.readsPerSession,
    settingsCalls: result.dynamodb.settingsCallsPerSession <= TARGETS.settingsCallsPerSession,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'MISSED');

function rows(result: Result): string[][] {
  const met = targetsMet(result);
  const { bundle, coldStart, warm: hot, dynamodb } = result;
  return [
    ['', 'Back Care Coach', 'baseline', 'ratio / target', ''],
    ['bundle size', kb(bundle.oursBytes), kb(bundle.baselineBytes), `${bundle.ratio.toFixed(3)} / ≤ ${TARGETS.bundleRatio}`, verdict(met.bundle)],
    [
      `cold start (median of ${coldStart.runs})`,
      ms(coldStart.ours.totalMs),
      ms(coldStart.baseline.totalMs),
      `${coldStart.ratio.toFixed(3)} / ≤ ${TARGETS.coldStartRatio}`,
      verdict(met.coldStart),
    ],
    ['… of which require()', ms(coldStart.ours.loadMs), ms(coldStart.baseline.loadMs), '', ''],
    ['… of which first answer', ms(coldStart.ours.firstAnswerMs), ms(coldStart.baseline.firstAnswerMs), '', ''],
    ['… whole node process', ms(coldStart.ours.processMs), ms(coldStart.baseline.processMs), '', ''],
    [`warm launch p50 (${hot.launches} each)`, ms(hot.ours.p50Ms), ms(hot.baseline.p50Ms), '', ''],
    [`warm launch p99 (${hot.launches} each)`, ms(hot.ours.p99Ms), ms(hot.baseline.p99Ms), `${hot.p99Ratio.toFixed(3)} / ≤ ${TARGETS.warmP99Ratio}`, verdict(met.warmP99)],
    [`… every turn of ${hot.sessions.sessions} sessions, p50 / p99`, `${ms(hot.sessions.p50Ms)} / ${ms(hot.sessions.p99Ms)}`, '', '', ''],
    ['DynamoDB reads per session', dynamodb.readsPerSession.toFixed(2), dynamodb.baselineReadsPerSession.toFixed(2), `≤ ${TARGETS.readsPerSession}`, verdict(met.readsPerSession)],
    ['Settings API calls per session', dynamodb.settingsCallsPerSession.toFixed(2), '', `≤ ${TARGETS.settingsCallsPerSession}`, verdict(met.settingsCalls)],
    ['DynamoDB writes per session', dynamodb.writesPerSession.toFixed(2), dynamodb.baselineWritesPerSession.toFixed(2), '', ''],
  ];
}

function table(result: Result): string {
  const all = rows(result);
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)));
  return all.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function markdownTable(result: Result): string {
  const [header, ...body] = rows(result);
  return [header!, header!.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function record(summary: Result, runs: readonly Result[], bundles: Bundles, date: string, box: ReturnType<typeof machine>): void {
  const difference = bundles.difference
    .slice(0, 8)
    .map(({ source, oursBytes, baselineBytes }) => `| ${source} | ${kb(oursBytes)} | ${kb(baselineBytes)} | ${oursBytes >= baselineBytes ? '+' : '−'}${kb(Math.abs(oursBytes - baselineBytes))} |`)
    .join('\n');
  const section = [
    '<!-- bench:begin (written by `npm run bench -- --write`; edit outside these markers) -->',
    `Recorded ${date} on Node ${box.node}, ${box.cpu}, ${box.cores} cores, ${box.memoryGb} GB; load average at start ${box.loadAverage.join(', ')}.`,
    `Medians of ${runs.length} run${runs.length === 1 ? '' : 's'}.`,
    '',
    markdownTable(summary),
    '',
    'Where the bundles differ (bytes in the minified output, by package or folder):',
    '',
    '| source | Back Care Coach | baseline | difference |',
    '| --- | --- | --- | --- |',
    difference,
    '',
    'Each run, as `npm run bench` prints it:',
    '',
    '```',
    ...runs.map((run) => JSON.stringify(run)),
    '```',
    '<!-- bench:end -->',
  ].join('\n');
  const existing = existsSync(RESULTS_FILE) ? readFileSync(RESULTS_FILE, 'utf8') : '# Benchmark results\n\n<!-- bench:begin --><!-- bench:end -->\n';
  const updated = /<!-- bench:begin[\s\S]*?<!-- bench:end -->/.test(existing)
    ? existing.replace(/<!-- bench:begin[\s\S]*?<!-- bench:end -->/, section)
    : `${existing.trimEnd()}\n\n${section}\n`;
  writeFileSync(RESULTS_FILE, updated);
}

async function main(): Promise<void> {
  const date = new Date().toISOString();
  const box = machine();
  const bundles = await buildBundles();
  if (!bundles.sameOptionsAsBuild) {
    console.warn('warning: bundling the skill here gives another size than dist/lambda/index.js: is dist/lambda/index.js stale? Run npm run build');
  }
  const store = await startStoreProcess();
  const alexa = await startLocalAlexaApi();
  alexa.setTimeZone(BENCH_DEVICE, BENCH_ZONE);
  const runs: Result[] = [];
  try {
    for (let run = 0; run < REPEAT; run += 1) {
      runs.push(await measure(bundles, store, alexa));
      if (REPEAT > 1) console.error(`run ${run + 1} of ${REPEAT}: ${JSON.stringify(runs[run])}`);
    }
  } finally {
    await alexa.stop();
    await store.stop();
  }
  const summary = medians(runs);
  // Ratios of the medians shown, so that the table reads consistently; each run's own ratios are in its JSON line.
  summary.bundle.ratio = summary.bundle.oursBytes / summary.bundle.baselineBytes;
  summary.coldStart.ratio = summary.coldStart.ours.totalMs / summary.coldStart.baseline.totalMs;
  summary.warm.p99Ratio = summary.warm.ours.p99Ms / summary.warm.baseline.p99Ms;
  console.log(`Back Care Coach benchmark, ${date}, Node ${box.node}, ${box.cpu} × ${box.cores}${REPEAT > 1 ? `, medians of ${REPEAT} runs` : ''}\n`);
  console.log(table(summary));
  console.log('\nLargest differences between the bundles:');
  for (const { source, oursBytes, baselineBytes } of bundles.difference.slice(0, 5)) {
    console.log(`  ${source.padEnd(32)} ${kb(oursBytes).padStart(10)} vs ${kb(baselineBytes).padStart(10)}`);
  }
  console.log();
  console.log(JSON.stringify({ benchmark: 'back-care-coach', date, machine: box, runs: REPEAT, ...summary, targets: TARGETS, met: targetsMet(summary) }));
  if (WRITE) record(summary, runs, bundles, date, box);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
