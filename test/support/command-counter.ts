import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A DynamoDB client or a document client; a document client shares its client's middleware stack. */
export type DynamoDbClientLike =
  | Pick<DynamoDBClient, 'middlewareStack'>
  | Pick<DynamoDBDocumentClient, 'middlewareStack'>;

/**
 * Counts of what went through a client since it was attached or last reset, by DynamoDB operation name
 * (`GetItem`, `UpdateItem`, `DeleteItem`, …), whether the command came from the document client or not.
 */
export interface CommandCounter {
  /** Commands sent (one per `send`, whatever its retries), e.g. `sent('UpdateItem')`; all of them without a name. */
  sent(operation?: string): number;
  /** HTTP attempts, retries included. */
  attempts(operation?: string): number;
  /** Commands sent per operation, e.g. `{ GetItem: 1, UpdateItem: 2 }`. */
  sentByOperation(): Record<string, number>;
  /** Starts counting from zero again. */
  reset(): void;
  /** Stops counting and takes the middleware off the client. */
  detach(): void;
}

let counters = 0;

/**
 * Watches the commands sent through `client`, so a test can assert "one read per session, one write per turn".
 *
 * @example
 * const counter = countCommands(store.client);
 * await skill.invoke(launchRequest());
 * expect(counter.sentByOperation()).toEqual({ GetItem: 1, UpdateItem: 1 });
 */
export function countCommands(client: DynamoDbClientLike): CommandCounter {
  const stack = (client as Pick<DynamoDBClient, 'middlewareStack'>).middlewareStack;
  const id = ++counters;
  const sentName = `testCommandCounter${id}`;
  const attemptName = `testAttemptCounter${id}`;
  let sent = new Map<string, number>();
  let attempts = new Map<string, number>();
  const operationOf = (commandName: string | undefined) => (commandName ?? 'Unknown').replace(/Command$/, '');
  const bump = (counts: Map<string, number>, operation: string) =>
    counts.set(operation, (counts.get(operation) ?? 0) + 1);
  const total = (counts: Map<string, number>, operation?: string) =>
    operation === undefined ? [...counts.values()].reduce((sum, n) => sum + n, 0) : (counts.get(operation) ?? 0);

  // `initialize` runs once per send; `finalizeRequest` at low priority runs inside the retry loop, once per attempt.
  stack.add(
    (next, context) => (args) => {
      bump(sent, operationOf(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: sentName },
  );
  stack.add(
    (next, context) => (args) => {
      bump(attempts, operationOf(context.commandName));
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: attemptName },
  );

  return {
    sent: (operation) => total(sent, operation),
    attempts: (operation) => total(attempts, operation),
    sentByOperation: () => Object.fromEntries(sent),
    reset: () => {
      sent = new Map();
      attempts = new Map();
    },
    detach: () => {
      stack.remove(sentName);
      stack.remove(attemptName);
    },
  };
}
