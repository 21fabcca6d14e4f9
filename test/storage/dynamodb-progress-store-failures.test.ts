import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { createDynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import type { DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import { ProgressStoreError } from '../../lambda/storage/progress-store';
import { countCommands } from '../support/command-counter';
import { writeFor } from '../support/progress-changes';

const USER_ID = 'amzn1.ask.account.FAILURE-TEST-USER';
const TABLE = 'BackCareCoachProgress';

/** Starts `server` on a free loopback port; `stop` also drops the connections it still holds. */
async function listen(server: Server): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Runs `operation` and returns what it rejected with and how long that took. */
async function failureOf(operation: () => Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  try {
    await operation();
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error('the operation was expected to fail but succeeded');
}

describe('DynamoDbProgressStore when DynamoDB is unavailable', () => {
  let store: DynamoDbProgressStore | undefined;
  let stopServer: (() => Promise<void>) | undefined;

  afterEach(async () => {
    store?.client.destroy();
    await stopServer?.();
    store = undefined;
    stopServer = undefined;
  });

  it('rejects with ProgressStoreError within 3 s when nothing listens on the port', async () => {
    // Prepare
    const { endpoint, stop } = await listen(createTcpServer());
    await stop();
    store = createDynamoDbProgressStore({ tableName: TABLE, endpoint });

    // Act
    const { error, ms } = await failureOf(() => store!.load(USER_ID));

    // Assess
    expect(error).toBeInstanceOf(ProgressStoreError);
    // Under jest, Node's own errors come from another realm and the SDK rewraps them without their `code`.
    expect((error as Error).message).toMatch(
      /^could not load progress of user [0-9a-f]{16} from table BackCareCoachProgress: Error( ECONNREFUSED)?$/,
    );
    expect(String((error as Error).cause)).toContain('ECONNREFUSED');
    expect(ms).toBeLessThan(3000);
  });

  it('rejects within 4 s, after two attempts, when the server accepts the connection but never answers', async () => {
    // Prepare
    const silent = await listen(createTcpServer(() => undefined));
    stopServer = silent.stop;
    store = createDynamoDbProgressStore({ tableName: TABLE, endpoint: silent.endpoint });
    const counter = countCommands(store.client);

    // Act
    const { error, ms } = await failureOf(() => store!.apply(USER_ID, { walk: { minutes: 10, day: '2025-03-04', id: 'walk-10' } }, writeFor('req-silent')));

    // Assess
    expect(error).toBeInstanceOf(ProgressStoreError);
    expect((error as Error).message).toMatch(
      /^could not save progress of user [0-9a-f]{16} to table BackCareCoachProgress: TimeoutError$/,
    );
    expect((error as Error).message).not.toContain(USER_ID);
    expect(counter.attempts('UpdateItem')).toBe(2);
    expect(ms).toBeLessThan(4000);
  });

  it.each([
    ['load', (s: DynamoDbProgressStore) => s.load(USER_ID), 'load progress of user [0-9a-f]{16} from'],
    [
      'apply',
      (s: DynamoDbProgressStore) => s.apply(USER_ID, { walk: { minutes: 5, day: '2025-03-04', id: 'walk-5' } }, writeFor('req-throttled')),
      'save progress of user [0-9a-f]{16} to',
    ],
    ['delete', (s: DynamoDbProgressStore) => s.delete(USER_ID), 'delete progress of user [0-9a-f]{16} from'],
  ])('rejects %s with ProgressStoreError when DynamoDB throttles', async (_operation, operation, action) => {
    // Prepare
    const throttling = await listen(
      createHttpServer((request, response) => {
        request.resume();
        request.on('end', () => {
          response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
          response.end(
            JSON.stringify({
              __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
              message: 'The level of configured provisioned throughput for the table was exceeded.',
            }),
          );
        });
      }),
    );
    stopServer = throttling.stop;
    store = createDynamoDbProgressStore({ tableName: TABLE, endpoint: throttling.endpoint });

    // Act
    const { error, ms } = await failureOf(() => operation(store!));

    // Assess
    expect(error).toBeInstanceOf(ProgressStoreError);
    expect((error as Error).message).toMatch(
      new RegExp(`^could not ${action} table BackCareCoachProgress: ProvisionedThroughputExceededException$`),
    );
    expect((error as Error).cause).toMatchObject({ name: 'ProvisionedThroughputExceededException' });
    expect(ms).toBeLessThan(3000);
  });
});
