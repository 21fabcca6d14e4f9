import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BackCareCoachStack } from './back-care-coach-stack';
import { readSkillSource } from './deploy-config';

/** The stack's name in CloudFormation and of its template, `cdk.out/BackCareCoach.template.json`. */
export const STACK_NAME = 'BackCareCoach';

/**
 * Builds the whole CDK app: reads the deployment settings once, adds the stack, and registers the cdk-nag
 * AwsSolutions rules as a synth-time validation, so a finding nobody acknowledged with a reason stops the synth.
 *
 * The stack is environment-agnostic (no `env`): synth never looks up an account or region, and `cdk deploy` targets
 * the account and region of the caller's AWS credentials.
 */
export function createBackCareCoachApp(app: App, env: NodeJS.ProcessEnv): BackCareCoachStack {
  const stack = new BackCareCoachStack(app, STACK_NAME, {
    description: 'Back Care Coach Alexa skill: progress table, skill function and Alexa trigger.',
    skill: readSkillSource(app.node, env),
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return stack;
}
