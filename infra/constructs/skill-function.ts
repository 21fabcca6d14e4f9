import * as path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ApplicationLogLevel, Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_ENTRY, lambdaBundling } from '../lambda-bundling';
import { PROJECT_ROOT } from '../project-paths';

/**
 * The only DynamoDB actions the skill uses: load a user's progress, apply a change (which creates the item the
 * first time), and forget the user when they disable the skill. No Query, Scan or batch reads: the skill never
 * sees another user's item. No PutItem either: every write is an UpdateItem.
 */
export const PROGRESS_ITEM_ACTIONS = ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] as const;

export interface SkillFunctionProps {
  /** Where progress is kept; the function may touch items in this table and nothing else. */
  readonly table: ITable;
  /** When set, the function refuses requests from any other skill (see `SKILL_ID` in the Lambda's config). */
  readonly skillId?: string;
}

/**
 * The skill's Lambda function: `lambda/index.ts` bundled by esbuild exactly as `npm run build` does, with its own
 * log group and a role that holds only what the skill uses.
 */
export class SkillFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: SkillFunctionProps) {
    super(scope, id);

    // Structured logs kept for a month: long enough to look into a user's report, short enough to hold little.
    const logGroup = new LogGroup(this, 'Logs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // A role of our own rather than the default one, which carries the AWSLambdaBasicExecutionRole managed policy
    // (log permissions on every log group in the account).
    const role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Back Care Coach skill: read and write its own progress items, write its own logs.',
    });
    logGroup.grantWrite(role);

    this.function = new NodejsFunction(this, 'Function', {
      description: 'Back Care Coach: answers Alexa requests.',
      entry: path.join(PROJECT_ROOT, LAMBDA_ENTRY),
      handler: 'handler',
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      // Lambda allots CPU in proportion to memory, and a cold start is CPU-bound (parsing a ~700 kB bundle with the
      // SDK in it). The skill needs far less than 128 MB to run, but 512 MB gives it four times the CPU of 128 MB
      // for a shorter first answer, at a cost that stays negligible at a voice skill's traffic.
      memorySize: 512,
      // Alexa waits 8 s for an answer. A turn makes at most two DynamoDB calls (load, save) of at most two ~1 s
      // attempts each, so 7 s covers the slowest turn that can still be answered, and a stuck invocation ends
      // with a "Task timed out" log line before Alexa gives up on it.
      timeout: Duration.seconds(7),
      role,
      logGroup,
      // JSON records at the top level of CloudWatch's JSON format (lambda/log.ts). The one place the log level is set:
      // the runtime passes it to the skill as AWS_LAMBDA_LOG_LEVEL.
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      // No X-Ray: its write actions can only be granted on Resource "*", and the role holds nothing on "*". A turn
      // is one invocation with at most two DynamoDB calls, so the platform's duration metrics, the REPORT line of
      // each invocation and the JSON logs with their request ids already show where time goes.
      tracing: Tracing.DISABLED,
      environment: {
        TABLE_NAME: props.table.tableName,
        ...(props.skillId !== undefined && { SKILL_ID: props.skillId }),
      },
      bundling: {
        format: OutputFormat.CJS,
        target: lambdaBundling.target,
        minify: lambdaBundling.minify,
        sourceMap: lambdaBundling.sourceMap,
        mainFields: [...lambdaBundling.mainFields],
        // Bundle the AWS SDK instead of taking the runtime's copy, as `npm run build` does: the deployed code runs
        // the SDK version package-lock.json pins.
        externalModules: [],
        forceDockerBundling: false,
      },
    });

    this.function.addToRolePolicy(
      new PolicyStatement({ actions: [...PROGRESS_ITEM_ACTIONS], resources: [props.table.tableArn] }),
    );

  }
}
