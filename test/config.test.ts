import { ConfigError, readConfig } from '../lambda/config';

describe('the Lambda configuration', () => {
  test('reads the table, region, local endpoint, skill id and log level from the environment', () => {
    const config = readConfig({
      TABLE_NAME: 'Progress',
      AWS_REGION: 'eu-west-1',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      SKILL_ID: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
      LOG_LEVEL: 'WARN',
    });

    expect(config).toEqual({
      tableName: 'Progress',
      region: 'eu-west-1',
      dynamoDbEndpoint: 'http://127.0.0.1:8000',
      skillId: 'amzn1.ask.skill.11111111-2222-3333-4444-555555555555',
      logLevel: 'warn',
    });
  });

  test('in Lambda, takes the level from the function’s application log level, over LOG_LEVEL', () => {
    expect(readConfig({ AWS_LAMBDA_LOG_LEVEL: 'WARN', LOG_LEVEL: 'debug' }).logLevel).toBe('warn');
    expect(readConfig({ AWS_LAMBDA_LOG_LEVEL: 'TRACE' }).logLevel).toBe('debug');
    expect(readConfig({ AWS_LAMBDA_LOG_LEVEL: 'FATAL' }).logLevel).toBe('error');
    expect(readConfig({}).logLevel).toBe('info');
  });

  test('accepts the skill ids Alexa issued before 2016 too, as the CDK app does', () => {
    const skillId = 'amzn1.echo-sdk-ams.app.11111111-2222-3333-4444-555555555555';

    expect(readConfig({ SKILL_ID: skillId }).skillId).toBe(skillId);
  });

  test.each([
    ['SKILL_ID', 'my-skill'],
    ['DYNAMODB_ENDPOINT', 'localhost:8000'],
    ['LOG_LEVEL', 'loud'],
  ])('fails fast on a malformed %s', (name, value) => {
    expect(() => readConfig({ [name]: value })).toThrow(ConfigError);
  });
});
