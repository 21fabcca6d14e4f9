import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';

/**
 * How long the skill waits for DynamoDB. Alexa gives the whole turn 8 s, so a slow or silent store must fail
 * fast enough that the skill can still answer without it: at most two attempts of about a second each.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/handle-requests-sent-by-alexa.html
 */
export const DYNAMODB_LIMITS = {
  /** TCP connect; a store that does not accept connections fails within this. */
  connectionTimeoutMs: 500,
  /** From sending the request to the whole response. */
  requestTimeoutMs: 1000,
  /** The first try and one retry. */
  maxAttempts: 2,
  /** Open sockets per client; kept alive between warm invocations. */
  maxSockets: 50,
} as const;

/** Credentials a local DynamoDB-compatible server accepts; it checks none. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
const LOCAL_REGION = 'us-east-1';

export interface DynamoDbClientOptions {
  /** AWS region; the SDK's own lookup (`AWS_REGION`) when absent. */
  region?: string;
  /** A local DynamoDB-compatible endpoint such as dynalite (`DYNAMODB_ENDPOINT`); real DynamoDB when absent. */
  endpoint?: string;
}

/**
 * A document client tuned for a Lambda turn: short timeouts that really throw, two attempts, keep-alive sockets,
 * and `undefined` values dropped when marshalling. Create it once at module scope so warm invocations reuse it.
 *
 * `throwOnRequestTimeout` matters: without it `requestTimeout` only logs a warning, and a store that accepts the
 * connection but never answers would hold the turn until Alexa gives up.
 *
 * @example
 * const client = createDynamoDbDocumentClient({ region: 'eu-west-1' });
 */
export function createDynamoDbDocumentClient(options: DynamoDbClientOptions = {}): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(createDynamoDbClient(options), { marshallOptions: { removeUndefinedValues: true } });
}

/** The plain client under {@link createDynamoDbDocumentClient}, for table-level calls such as creating a local table. */
export function createDynamoDbClient({ region, endpoint }: DynamoDbClientOptions = {}): DynamoDBClient {
  const local = endpoint !== undefined;
  return new DynamoDBClient({
    region: region ?? (local ? (process.env.AWS_REGION ?? LOCAL_REGION) : undefined),
    endpoint,
    // A local server needs some credentials to sign with, but any will do; real ones in the environment win.
    credentials: local && !process.env.AWS_ACCESS_KEY_ID ? LOCAL_CREDENTIALS : undefined,
    maxAttempts: DYNAMODB_LIMITS.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: DYNAMODB_LIMITS.connectionTimeoutMs,
      requestTimeout: DYNAMODB_LIMITS.requestTimeoutMs,
      throwOnRequestTimeout: true,
      httpAgent: { keepAlive: true, maxSockets: DYNAMODB_LIMITS.maxSockets },
      httpsAgent: { keepAlive: true, maxSockets: DYNAMODB_LIMITS.maxSockets },
    }),
  });
}
