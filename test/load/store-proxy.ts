import { Agent, createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A loopback HTTP proxy in front of a local DynamoDB-compatible server (dynalite). It counts the DynamoDB calls
 * that reach it, by operation, and can play the faults a real store has: it answers nothing (`hang`), refuses
 * with DynamoDB's throttling error (`throttle`), or disappears altogether (`down`: every open connection is cut and
 * new ones are refused) and comes back on the same port. One-off faults (`failNext`) hit only the next call.
 *
 * Used by the fault tests, the entry tests (to show that a refused request reaches no store) and the benchmark
 * (to count DynamoDB calls of a process it cannot reach into).
 */
export type ProxyMode = 'pass' | 'hang' | 'throttle' | 'down';

/**
 * A fault for one call: `throttle` refuses it, `hang` never answers it; `drop-reply` lets the store apply it and
 * then cuts the connection before the reply gets back, as a network fault would, and `withhold-reply` lets the
 * store apply it and then never answers, so the caller times out on a call that took effect.
 */
export type OneOffFault = 'throttle' | 'hang' | 'drop-reply' | 'withhold-reply';

export interface StoreProxy {
  /** `http://127.0.0.1:<port>`, stable across `down` and back. */
  readonly endpoint: string;
  readonly mode: ProxyMode;
  setMode(mode: ProxyMode): Promise<void>;
  /** Plays `fault` on the next call of `operation` (`GetItem`, `UpdateItem`, ...), or of any operation. */
  failNext(fault: OneOffFault, operation?: string): void;
  /** Calls that reached the proxy, by operation, e.g. `{ GetItem: 1, UpdateItem: 3 }`. */
  received(): Record<string, number>;
  /** Calls of `operation` (all when absent) that reached the proxy. */
  count(operation?: string): number;
  reset(): void;
  stop(): Promise<void>;
}

/** What DynamoDB answers when a table's throughput is exceeded; the SDK retries it as a throttling error. */
const THROTTLED = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message: 'The level of configured provisioned throughput for the table was exceeded.',
});

/** `DynamoDB_20120810.GetItem` → `GetItem`. */
function operationOf(request: IncomingMessage): string {
  const target = request.headers['x-amz-target'];
  const value = Array.isArray(target) ? target[0] : target;
  return value?.split('.').pop() ?? 'Unknown';
}

export async function startStoreProxy(upstream: string): Promise<StoreProxy> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  const sockets = new Set<Socket>();
  const received = new Map<string, number>();
  const oneOff: { fault: OneOffFault; operation?: string }[] = [];
  let mode: ProxyMode = 'pass';

  const relay = (request: IncomingMessage, response: ServerResponse, body: Buffer, reply: 'pass' | 'drop' | 'withhold') => {
    const outgoing = forward(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
        agent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          // The store has applied the call; the caller never hears about it.
          if (reply === 'drop') return void request.socket.destroy();
          if (reply === 'withhold') return;
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          response.end(Buffer.concat(chunks));
        });
      },
    );
    outgoing.on('error', () => request.socket.destroy());
    outgoing.end(body);
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const operation = operationOf(request);
      received.set(operation, (received.get(operation) ?? 0) + 1);
      const index = oneOff.findIndex((fault) => fault.operation === undefined || fault.operation === operation);
      const fault = index >= 0 ? oneOff.splice(index, 1)[0]!.fault : undefined;
      const behaviour = fault ?? mode;
      if (behaviour === 'hang') return; // accepted, never answered
      if (behaviour === 'throttle') {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        return void response.end(THROTTLED);
      }
      const reply = behaviour === 'drop-reply' ? 'drop' : behaviour === 'withhold-reply' ? 'withhold' : 'pass';
      relay(request, response, Buffer.concat(chunks), reply);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });

  await listen(0);
  const port = (server.address() as AddressInfo).port;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    get mode() {
      return mode;
    },
    async setMode(next) {
      if (next === mode) return;
      const wasDown = mode === 'down';
      mode = next;
      if (next === 'down') await close();
      else if (wasDown) await listen(port);
    },
    failNext(fault, operation) {
      oneOff.push({ fault, operation });
    },
    received: () => Object.fromEntries(received),
    count: (operation) =>
      operation === undefined
        ? [...received.values()].reduce((sum, n) => sum + n, 0)
        : (received.get(operation) ?? 0),
    reset() {
      received.clear();
      oneOff.length = 0;
    },
    async stop() {
      agent.destroy();
      if (mode !== 'down') await close();
      mode = 'down';
    },
  };
}
