import { Annotations, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { AlexaSkill } from './constructs/alexa-skill';
import { AlexaTrigger } from './constructs/alexa-trigger';
import { ProgressTable } from './constructs/progress-table';
import { SkillFunction } from './constructs/skill-function';
import type { SkillSource } from './deploy-config';
import { SKILL_PACKAGE_DIR } from './project-paths';

export interface BackCareCoachStackProps extends StackProps {
  /** Where the skill that invokes the function comes from. */
  readonly skill: SkillSource;
}

/** Back Care Coach in one AWS account: the progress table, the skill's function and who may invoke it. */
export class BackCareCoachStack extends Stack {
  constructor(scope: Construct, id: string, props: BackCareCoachStackProps) {
    super(scope, id, props);
    const { skill } = props;

    // Each user's progress, kept whatever happens to the stack.
    const progress = new ProgressTable(this, 'Progress');

    // The skill's code, allowed to read and write its own items and nothing else.
    const skillFunction = new SkillFunction(this, 'Skill', {
      table: progress.table,
      skillId: skill.kind === 'ask-cli' ? skill.skillId : undefined,
    });

    // Who may invoke it: a skill deployed with the ASK CLI, a skill this stack creates, or nobody yet.
    if (skill.kind === 'ask-cli') {
      new AlexaTrigger(this, 'AlexaTrigger', { function: skillFunction.function, skillId: skill.skillId });
    } else if (skill.kind === 'cdk') {
      const alexaSkill = new AlexaSkill(this, 'AlexaSkill', {
        endpoint: skillFunction.function,
        skillPackageDir: SKILL_PACKAGE_DIR,
        vendorId: skill.vendorId,
        lwaSecretName: skill.lwaSecretName,
      });
      new CfnOutput(this, 'SkillId', { value: alexaSkill.skillId, description: 'The Alexa skill this stack created.' });
    } else {
      Annotations.of(this).addWarningV2(
        'back-care-coach:noSkillId',
        'No Alexa skill id, so no skill may invoke the function yet. Create the skill with `ask deploy`, then ' +
          'deploy again with `-c skillId=amzn1.ask.skill.<id>` (or SKILL_ID=...); or let this stack create the ' +
          'skill with `-c lwaSecretName=<secret> -c vendorId=<vendor id>`. See README, "Deploy".',
      );
    }

    // What the user needs to connect the skill and inspect its data.
    new CfnOutput(this, 'SkillFunctionArn', {
      value: skillFunction.function.functionArn,
      description: 'The skill endpoint: paste it as the AWS Lambda ARN of the skill (Build > Endpoint).',
    });
    new CfnOutput(this, 'ProgressTableName', {
      value: progress.table.tableName,
      description: 'The DynamoDB table holding each user\'s progress.',
    });
  }
}
