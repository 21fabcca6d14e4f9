import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { SkillBuilders, getRequestType, type RequestHandler } from 'ask-sdk-core';

/**
 * The benchmark's baseline: the smallest useful ask-sdk-core skill with DynamoDB, a "hello world" visit counter.
 * On launch it reads the user's item and writes it back with one more visit (one GetItem, one PutItem), as a
 * tutorial skill would. It is bundled with exactly the esbuild options of the real skill, so that the difference
 * in size and start-up time is what Back Care Coach adds, not how it is packaged.
 */
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({ region: process.env.AWS_REGION, endpoint: process.env.DYNAMODB_ENDPOINT || undefined }),
);
const TableName = process.env.TABLE_NAME;

const LaunchHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'LaunchRequest',
  async handle(input) {
    const userId = input.requestEnvelope.context.System.user.userId;
    const { Item } = await client.send(new GetCommand({ TableName, Key: { userId } }));
    const visits = (typeof Item?.visits === 'number' ? Item.visits : 0) + 1;
    await client.send(new PutCommand({ TableName, Item: { userId, visits } }));
    return input.responseBuilder.speak(`Hello world! This is visit number ${visits}.`).withShouldEndSession(true).getResponse();
  },
};

const AnythingElseHandler: RequestHandler = {
  canHandle: () => true,
  handle: (input) => input.responseBuilder.speak('Hello world!').getResponse(),
};

export const handler = SkillBuilders.custom().addRequestHandlers(LaunchHandler, AnythingElseHandler).lambda();
