import { startLocalDynamoDb } from '../../simulator/local-dynamodb';
import type { StoreCommand } from './store-process';
import { startStoreProxy } from './store-proxy';

/**
 * The child side of `startStoreProcess`: dynalite and the counting proxy in front of it, in a process of their
 * own so that the store does not share an event loop (or, on a machine with more than one core, a core) with the
 * skill under test. Commands arrive over IPC; the process ends when its parent goes away.
 */
async function main(): Promise<void> {
  const db = await startLocalDynamoDb({ dataDir: process.env.STORE_DATA_DIR || undefined });
  const proxy = await startStoreProxy(db.endpoint);
  const send = (message: unknown) => process.send?.(message);

  process.on('message', (message: { id: number; command: StoreCommand }) => {
    const { id, command } = message;
    const reply = (result?: unknown) => send({ id, result });
    switch (command.type) {
      case 'received':
        return reply(proxy.received());
      case 'reset':
        proxy.reset();
        return reply();
      case 'mode':
        return void proxy.setMode(command.mode).then(() => reply());
      case 'failNext':
        proxy.failNext(command.fault, command.operation);
        return reply();
      case 'stop':
        return void Promise.all([proxy.stop(), db.stop()]).then(() => {
          reply();
          process.disconnect();
        });
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ ready: { endpoint: db.endpoint, proxyEndpoint: proxy.endpoint, tableName: db.tableName } });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
