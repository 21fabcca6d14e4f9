import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Token } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { lambdaBuildOptions } from '../../infra/lambda-bundling';
import { PROJECT_ROOT } from '../../infra/project-paths';
import {
  acknowledgements,
  assetDirectory,
  onlyLogicalId,
  SKILL_ID,
  synthesize,
  unacknowledgedNagFindings,
  type Synthesized,
} from './synthesize';

// The usual deployment: the skill was created with the ASK CLI and its id is passed as context.
let synthesized: Synthesized;
let template: Template;
let table: string;
let fn: string;
let role: string;
let logGroup: string;

beforeAll(() => {
  synthesized = synthesize({ skillId: SKILL_ID });
  template = synthesized.template;
  table = onlyLogicalId(template, 'AWS::DynamoDB::Table');
  fn = onlyLogicalId(template, 'AWS::Lambda::Function');
  role = onlyLogicalId(template, 'AWS::IAM::Role');
  logGroup = onlyLogicalId(template, 'AWS::Logs::LogGroup');
});

describe('the progress table', () => {
  test('is keyed by userId, a string, with no sort key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'userId', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'userId', AttributeType: 'S' }],
    });
  });

  test('bills per request', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });

  test('has point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });

  test('is encrypted at rest with the AWS managed KMS key', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      SSESpecification: { SSEEnabled: true, KMSMasterKeyId: Match.absent() },
    });
  });

  test('is kept when the stack is deleted or the table replaced', () => {
    template.hasResource('AWS::DynamoDB::Table', { DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  test('refuses to be deleted while deletion protection is on', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { DeletionProtectionEnabled: true });
  });
});

describe('the skill function', () => {
  test('runs Node.js 24 on arm64', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });

  test('has 512 MB and a 7 s timeout, inside the 8 s Alexa waits', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 512, Timeout: 7 });
  });

  test('is told the table name and the skill id, and nothing else', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.exact({ TABLE_NAME: { Ref: table }, SKILL_ID: SKILL_ID }) },
    });
  });

  test('runs the handler that lambda/index.ts exports', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Handler: 'index.handler' });
  });

  test('deploys byte for byte the CommonJS bundle `npm run build` writes, AWS SDK included', async () => {
    const assetDir = assetDirectory(synthesized, template.toJSON().Resources[fn].Properties.Code.S3Key);
    expect(fs.readdirSync(assetDir)).toEqual(['index.js']);
    const built = await build({ ...lambdaBuildOptions, absWorkingDir: PROJECT_ROOT, write: false, logLevel: 'silent' });
    // Compared by digest: a failure prints two hashes, not two copies of a 700 kB bundle.
    const digest = (code: string | Uint8Array) => createHash('sha256').update(code).digest('hex');
    expect(digest(fs.readFileSync(path.join(assetDir, 'index.js')))).toBe(digest(built.outputFiles[0]!.contents));
  });

  test('logs JSON to its own log group, kept for a month', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogFormat: 'JSON', LogGroup: { Ref: logGroup } },
    });
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });

  test('sets the log level in one place, the function’s application log level, and not in its environment', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { ApplicationLogLevel: 'INFO' },
      Environment: { Variables: Match.objectLike({ LOG_LEVEL: Match.absent() }) },
    });
  });

  test('is not traced by X-Ray, which would need a permission on "*"', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { TracingConfig: Match.absent() });
  });
});

describe("the function's permissions", () => {
  test('come from a role of its own with no managed policies', () => {
    template.hasResourceProperties('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [role, 'Arn'] } });
    template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  test('allow only getting, updating and deleting items in the progress table, and writing its own logs', () => {
    expect(Object.keys(template.findResources('AWS::IAM::Policy'))).toHaveLength(1);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: role }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
            Resource: { 'Fn::GetAtt': [logGroup, 'Arn'] },
          },
          {
            Effect: 'Allow',
            Action: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:UpdateItem'],
            Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          },
        ],
      },
    });
  });
});

describe('the Alexa trigger', () => {
  test('lets only the configured skill invoke the function', () => {
    template.resourceCountIs('AWS::Lambda::Permission', 1);
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: SKILL_ID,
    });
  });

  test('creates no skill: the ASK CLI owns it', () => {
    template.resourceCountIs('Alexa::ASK::Skill', 0);
  });
});

describe('the stack', () => {
  test('outputs the function ARN, the skill endpoint, and the table name', () => {
    template.hasOutput('SkillFunctionArn', { Value: { 'Fn::GetAtt': [fn, 'Arn'] } });
    template.hasOutput('ProgressTableName', { Value: { Ref: table } });
  });

  test('is environment-agnostic, so synth looks up no account, region or context', () => {
    const { stack, app } = synthesized;
    expect(Token.isUnresolved(stack.account)).toBe(true);
    expect(Token.isUnresolved(stack.region)).toBe(true);
    expect(app.synth().manifest.missing).toBeUndefined();
  });

  test('passes cdk-nag AwsSolutions with nothing left unacknowledged', () => {
    expect(unacknowledgedNagFindings(synthesized.app)).toEqual([]);
  });

  test('needs no cdk-nag finding acknowledged', () => {
    expect(acknowledgements(synthesized.app)).toEqual([]);
  });
});
