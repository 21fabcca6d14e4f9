import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbDocumentClient } from '../../lambda/storage/dynamodb-client';
import { startLocalDynamoDb } from '../../simulator/local-dynamodb';
import type { LocalDynamoDb } from '../../simulator/local-dynamodb';
import { countCommands } from './command-counter';
import { loseNextReply } from './store-faults';

let local: LocalDynamoDb;
let client: DynamoDBDocumentClient;
const Key = { userId: 'amzn1.ask.account.COUNTER' };

beforeAll(async () => {
  local = await startLocalDynamoDb();
  client = createDynamoDbDocumentClient({ endpoint: local.endpoint });
});

afterAll(async () => {
  client.destroy();
  await local.stop();
});

describe('countCommands', () => {
  it('counts the commands sent through a document client by operation name', async () => {
    // Prepare
    const counter = countCommands(client);
    const TableName = local.tableName;

    // Act
    await client.send(new PutCommand({ TableName, Item: { ...Key, walksLogged: 1 } }));
    await client.send(new GetCommand({ TableName, Key }));
    await client.send(new GetCommand({ TableName, Key }));
    await client.send(
      new UpdateCommand({
        TableName,
        Key,
        UpdateExpression: 'ADD walksLogged :one',
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );
    await client.send(new DeleteCommand({ TableName, Key }));
    counter.detach();

    // Assess
    expect(counter.sentByOperation()).toEqual({ PutItem: 1, GetItem: 2, UpdateItem: 1, DeleteItem: 1 });
    expect(counter.sent('GetItem')).toBe(2);
    expect(counter.sent('BatchGetItem')).toBe(0);
    expect(counter.sent()).toBe(5);
    expect(counter.attempts()).toBe(5);
  });

  it('counts a retried command once as sent and once per attempt', async () => {
    // Prepare
    const counter = countCommands(client);
    const restore = loseNextReply(client, 'GetItem');

    // Act
    await client.send(new GetCommand({ TableName: local.tableName, Key }));
    restore();
    counter.detach();

    // Assess
    expect(counter.sent('GetItem')).toBe(1);
    expect(counter.attempts('GetItem')).toBe(2);
  });

  it('starts from zero after reset and stops counting once detached', async () => {
    // Prepare
    const counter = countCommands(client);
    const other = countCommands(client);
    await client.send(new GetCommand({ TableName: local.tableName, Key }));

    // Act
    counter.reset();
    await client.send(new GetCommand({ TableName: local.tableName, Key }));
    counter.detach();
    await client.send(new GetCommand({ TableName: local.tableName, Key }));
    other.detach();

    // Assess
    expect(counter.sent()).toBe(1);
    expect(other.sent()).toBe(3);
  });
});
