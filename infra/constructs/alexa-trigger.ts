import { CfnPermission, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

/** The service principal Alexa invokes Lambda functions as, for skill requests and skill events alike. */
export const ALEXA_PRINCIPAL = 'alexa-appkit.amazon.com';

export interface AlexaTriggerProps {
  readonly function: IFunction;
  /** The one skill allowed to invoke the function: a skill id, or a token that resolves to one at deploy time. */
  readonly skillId: string;
}

/**
 * The Alexa Skills Kit trigger: lets Alexa invoke the function on behalf of one skill only. Alexa sends the skill id
 * as the event source token, so a permission carrying that token refuses every other skill.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-an-aws-lambda-function.html
 */
export class AlexaTrigger extends Construct {
  readonly permission: CfnPermission;

  constructor(scope: Construct, id: string, props: AlexaTriggerProps) {
    super(scope, id);

    this.permission = new CfnPermission(this, 'Permission', {
      action: 'lambda:InvokeFunction',
      functionName: props.function.functionArn,
      principal: ALEXA_PRINCIPAL,
      eventSourceToken: props.skillId,
    });
  }
}
