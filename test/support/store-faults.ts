import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDbClientLike } from './command-counter';

let simulations = 0;

/**
 * Makes the next `operation` sent through `client` reach the server and take effect, then drops its reply as if
 * the connection had been reset, so the SDK retries a request the server already applied. Only the first attempt
 * loses its reply; the retry goes through untouched. Returns a function that takes the simulation off again.
 */
export function loseNextReply(client: DynamoDbClientLike, operation: string): () => void {
  const stack = (client as Pick<DynamoDBClient, 'middlewareStack'>).middlewareStack;
  const name = `testLoseNextReply${++simulations}`;
  let armed = true;
  stack.add(
    (next, context) => async (args) => {
      const output = await next(args);
      if (armed && context.commandName === `${operation}Command`) {
        armed = false;
        throw Object.assign(new Error('socket hang up (simulated lost reply)'), { code: 'ECONNRESET' });
      }
      return output;
    },
    { step: 'finalizeRequest', priority: 'low', name },
  );
  return () => void stack.remove(name);
}

/**
 * Makes every attempt of the next `operation` sent through `client` fail as if the store could not be reached,
 * retries included, without it reaching the server. Returns a function that takes the simulation off again.
 */
export function failNextUnreached(client: DynamoDbClientLike, operation: string): () => void {
  const stack = (client as Pick<DynamoDBClient, 'middlewareStack'>).middlewareStack;
  const name = `testFailNextUnreached${++simulations}`;
  let failing: unknown;
  stack.add(
    (next, context) => async (args) => {
      if (context.commandName !== `${operation}Command` || (failing !== undefined && failing !== context)) return next(args);
      failing = context;
      throw Object.assign(new Error('connect ECONNREFUSED (simulated unreachable store)'), { code: 'ECONNREFUSED' });
    },
    { step: 'finalizeRequest', priority: 'low', name },
  );
  return () => void stack.remove(name);
}

/**
 * Makes a refused write through `client` carry the item as stored, in DynamoDB's own JSON, as DynamoDB does with
 * `ReturnValuesOnConditionCheckFailure: ALL_OLD` and dynalite does not. The item is read through `reader`, so the
 * read is not seen on `client`. Returns a function that takes the behaviour off again.
 */
export function returnItemWithRefusals(client: DynamoDbClientLike, reader: DynamoDBClient, tableName: string): () => void {
  const stack = (client as Pick<DynamoDBClient, 'middlewareStack'>).middlewareStack;
  const name = `testReturnItemWithRefusals${++simulations}`;
  stack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (error) {
        const { name: errorName } = error as { name?: string };
        // Still as the document client was given it: this runs before the document client marshals the input.
        const key = (args.input as { Key?: Record<string, unknown> }).Key;
        if (errorName === 'ConditionalCheckFailedException' && key) {
          const { Item } = await reader.send(new GetItemCommand({ TableName: tableName, Key: marshall(key), ConsistentRead: true }));
          Object.assign(error as object, { Item });
        }
        throw error;
      }
    },
    { step: 'serialize', priority: 'high', name },
  );
  return () => void stack.remove(name);
}
