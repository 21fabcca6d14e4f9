import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../../infra/lambda-bundling';
import { device, launchRequest, newId } from '../../simulator/envelopes';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../simulator/local-dynamodb';
import { startStoreProxy, type StoreProxy } from '../load/store-proxy';

/**
 * The bundle as `npm run build` makes it (the file CDK deploys), loaded in a fresh `node` process with only the
 * Lambda's environment: it exports `handler`, answers a launch from its own skill against dynalite on loopback,
 * refuses another skill's request without touching the store, and carries nothing it should not.
 */
const SKILL_ID = 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555';
const run = promisify(execFile);

let dir: string;
let bundle: string;
let db: LocalDynamoDb;
let proxy: StoreProxy;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'back-care-coach-bundle-'));
  bundle = join(dir, 'index.js');
  await build({ ...lambdaBuildOptions, absWorkingDir: join(__dirname, '../..'), outfile: bundle, logLevel: 'silent' });
  db = await startLocalDynamoDb();
  proxy = await startStoreProxy(db.endpoint);
}, 60_000);

afterAll(async () => {
  await proxy?.stop();
  await db?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Loads the bundle in a new process, invokes its handler once with `event`, and returns what came back. */
async function invokeInFreshProcess(event: unknown): Promise<{ response?: unknown; error?: { name: string } }> {
  const script = `
    const { handler } = require(process.argv[1]);
    handler(JSON.parse(process.env.EVENT), {}).then(
      (response) => { console.log(JSON.stringify({ response })); process.exit(0); },
      (error) => { console.log(JSON.stringify({ error: { name: error.name } })); process.exit(0); });`;
  const { stdout } = await run(process.execPath, ['-e', script, bundle], {
    timeout: 20_000,
    env: {
      PATH: process.env.PATH,
      EVENT: JSON.stringify(event),
      TABLE_NAME: db.tableName,
      DYNAMODB_ENDPOINT: proxy.endpoint,
      AWS_REGION: 'eu-west-1',
      SKILL_ID,
      LOG_LEVEL: 'silent',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as { response?: unknown; error?: { name: string } };
}

const launch = (skillId: string) =>
  launchRequest(device({ userId: newId('amzn1.ask.account.BUNDLE'), skillId }), { sessionId: newId('amzn1.echo-api.session'), new: true });

test('the bundle answers a launch from its skill, reading and writing the store once each', async () => {
  proxy.reset();

  const { response } = await invokeInFreshProcess(launch(SKILL_ID));

  expect(response).toMatchObject({ version: '1.0', response: { outputSpeech: { type: 'SSML' }, shouldEndSession: false } });
  expect(proxy.received()).toEqual({ GetItem: 1, UpdateItem: 1 });
}, 30_000);

test('the bundle refuses another skill’s request without reaching the store', async () => {
  proxy.reset();

  const { error } = await invokeInFreshProcess(launch('amzn1.ask.skill.99999999-8888-7777-6666-555555555555'));

  expect(error).toEqual({ name: 'SkillIdMismatchError' });
  expect(proxy.count()).toBe(0);
}, 30_000);

test('the bundle is one CommonJS file without test tools, local servers or the retired AWS SDK v2', () => {
  const code = readFileSync(bundle, 'utf8');

  expect(statSync(bundle).size).toBeLessThan(2 * 1024 * 1024);
  for (const unwanted of ['dynalite', 'fast-check', 'jest-', 'aws-sdk/lib/', 'aws-cdk-lib']) {
    expect(code).not.toContain(unwanted);
  }
});
