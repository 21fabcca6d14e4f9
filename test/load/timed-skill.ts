import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ERRORS } from '../../lambda/content/prompts';
import { buildSkill } from '../../lambda/skill';
import { createDynamoDbProgressStore, type DynamoDbProgressStore } from '../../lambda/storage/dynamodb-progress-store';
import type { ProgressStore } from '../../lambda/storage/progress-store';
import { speechProblems } from '../fixtures/speech-rules';
import type { TestSkill } from '../fixtures/skill';

/**
 * The real skill on the real `DynamoDbProgressStore` and its tuned client (timeouts, retries, keep-alive), pointed
 * at an endpoint on loopback, for load and fault tests. Unlike the suite's `startTestSkill`, it keeps no copy of
 * the responses (a load test sends tens of thousands); it checks each one's speech as it comes, and records how
 * long each turn took and every store failure the skill had to answer around.
 */
export interface TimedSkill extends TestSkill {
  readonly store: DynamoDbProgressStore;
  /** Milliseconds each turn took, in the order they finished. */
  readonly latencies: number[];
  /** Store calls that threw, by operation and error message. */
  readonly storeFailures: string[];
  /** Responses that broke Alexa's speech rules or apologised for an error. */
  readonly badResponses: string[];
}

/** A store that remembers what went wrong under it, passing everything through. */
function watched(store: ProgressStore, failures: string[]): ProgressStore {
  const watch =
    <A extends unknown[], R>(operation: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        failures.push(`${operation}: ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }
    };
  return {
    load: watch('load', (userId) => store.load(userId)),
    apply: watch('apply', (userId, change, requestId) => store.apply(userId, change, requestId)),
    delete: watch('delete', (userId) => store.delete(userId)),
  };
}

export interface TimedSkillOptions {
  readonly endpoint: string;
  readonly tableName: string;
  /**
   * Overrides the client's request timeout (1 s in production). A load test runs many Lambda instances' worth of
   * turns through one process and one dynalite, which queues them; that queueing is not what it measures.
   */
  readonly requestTimeoutMs?: number;
  /** Overrides the client's connection timeout (half a second in production), for a machine too busy to connect in it. */
  readonly connectionTimeoutMs?: number;
}

export function startTimedSkill(options: TimedSkillOptions): TimedSkill {
  const store = createDynamoDbProgressStore({ tableName: options.tableName, endpoint: options.endpoint, region: 'us-east-1' });
  const handler = store.client.config.requestHandler as { updateHttpClientConfig(key: string, value: unknown): void };
  if (options.requestTimeoutMs !== undefined) handler.updateHttpClientConfig('requestTimeout', options.requestTimeoutMs);
  if (options.connectionTimeoutMs !== undefined) handler.updateHttpClientConfig('connectionTimeout', options.connectionTimeoutMs);
  const latencies: number[] = [];
  const storeFailures: string[] = [];
  const badResponses: string[] = [];
  const skill = buildSkill({ store: watched(store, storeFailures), logLevel: 'silent' });
  return {
    store,
    latencies,
    storeFailures,
    badResponses,
    async invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
      const started = performance.now();
      const response = await skill.invoke(envelope);
      latencies.push(performance.now() - started);
      for (const speech of [response.response.outputSpeech, response.response.reprompt?.outputSpeech]) {
        if (!speech) continue;
        const ssml = speech.type === 'SSML' ? speech.ssml : '';
        const problems = speech.type === 'SSML' ? speechProblems(ssml) : [`speech of type ${speech.type}`];
        if (ssml.includes(ERRORS.apology.slice(0, 30))) problems.push('the error apology');
        if (problems.length > 0) badResponses.push(`${problems.join('; ')}: ${ssml.slice(0, 200)}`);
      }
      return response;
    },
    async stop() {
      store.client.destroy();
    },
  };
}

/** The `q` quantile (0 to 1) of `values`, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
