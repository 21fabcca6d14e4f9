import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { OneOffFault, ProxyMode } from './store-proxy';

/** What the parent can ask the store process to do. */
export type StoreCommand =
  | { type: 'received' }
  | { type: 'reset' }
  | { type: 'mode'; mode: ProxyMode }
  | { type: 'failNext'; fault: OneOffFault; operation?: string }
  | { type: 'stop' };

export interface StoreProcess {
  /** dynalite itself. */
  readonly endpoint: string;
  /** The counting proxy in front of it: point the skill here to have its DynamoDB calls counted. */
  readonly proxyEndpoint: string;
  readonly tableName: string;
  /** Calls that reached the proxy, by operation, since it started or was last reset. */
  received(): Promise<Record<string, number>>;
  reset(): Promise<void>;
  setMode(mode: ProxyMode): Promise<void>;
  failNext(fault: OneOffFault, operation?: string): Promise<void>;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 20_000;
const COMMAND_LIMIT_MS = 10_000;

/**
 * dynalite with a counting proxy in front, on loopback, in a child process of its own (see
 * `store-process-main.ts`). Used where the store must not compete with the code under test for the event loop:
 * the load test and the benchmark. Startup and every command are bounded in time.
 */
export async function startStoreProcess(options: { dataDir?: string } = {}): Promise<StoreProcess> {
  const child: ChildProcess = fork(join(__dirname, 'store-process-main.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, STORE_DATA_DIR: options.dataDir ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (result: unknown) => void>();
  let nextId = 0;

  const ready = await new Promise<{ endpoint: string; proxyEndpoint: string; tableName: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the store process did not start in time')), STARTUP_LIMIT_MS);
    child.once('exit', (code) => reject(new Error(`the store process exited with ${code}`)));
    child.on('message', (message: { ready?: { endpoint: string; proxyEndpoint: string; tableName: string }; id?: number; result?: unknown }) => {
      if (message.ready) {
        clearTimeout(timer);
        resolve(message.ready);
      } else if (message.id !== undefined) {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      }
    });
  }).catch((error: unknown) => {
    child.kill();
    throw error;
  });

  const call = <T>(command: StoreCommand): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`the store process did not answer ${command.type} in time`));
      }, COMMAND_LIMIT_MS);
      pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result as T);
      });
      child.send({ id, command });
    });

  return {
    ...ready,
    received: () => call<Record<string, number>>({ type: 'received' }),
    reset: () => call<void>({ type: 'reset' }),
    setMode: (mode) => call<void>({ type: 'mode', mode }),
    failNext: (fault, operation) => call<void>({ type: 'failNext', fault, operation }),
    async stop() {
      if (child.exitCode !== null || !child.connected) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      await call<void>({ type: 'stop' }).catch(() => child.kill());
      await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]);
      if (child.exitCode === null) child.kill();
    },
  };
}
