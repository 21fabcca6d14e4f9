import { RemovalPolicy, SecretValue } from 'aws-cdk-lib';
import { CfnSkill } from 'aws-cdk-lib/alexa-ask';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnPermission, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Asset } from 'aws-cdk-lib/aws-s3-assets';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, type AwsSdkCall } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { ALEXA_PRINCIPAL, AlexaTrigger } from './alexa-trigger';

/** The JSON fields the Login-with-Amazon secret holds: the security profile's client id and secret, and a refresh token. */
export const LWA_SECRET_FIELDS = ['clientId', 'clientSecret', 'refreshToken'] as const;

export interface AlexaSkillProps {
  /** The function Alexa sends the skill's requests and events to. */
  readonly endpoint: IFunction;
  /** A directory in the skill package format (`skill.json`, `interactionModels/`). */
  readonly skillPackageDir: string;
  /** The Amazon developer account that owns the skill. */
  readonly vendorId: string;
  /** A Secrets Manager secret whose JSON holds the {@link LWA_SECRET_FIELDS}; read by CloudFormation at deploy time. */
  readonly lwaSecretName: string;
}

/**
 * The Alexa skill itself (`Alexa::ASK::Skill`), created from the skill package with this stack's function as its
 * endpoint, and the trigger that lets only this skill invoke the function.
 *
 * The order matters. Alexa refuses to save a skill whose endpoint it may not invoke, yet the skill's id, which the
 * trigger must name, only exists once the skill is saved. So:
 * 1. grant Alexa as a whole the right to invoke the function (`OpenPermission`);
 * 2. create the skill (it depends on that grant);
 * 3. grant the new skill id alone (`Trigger`);
 * 4. remove the open grant (`CloseOpenPermission`). CloudFormation cannot delete a resource in the deployment that
 *    created it, so a `lambda:RemovePermission` SDK call does it, allowed on this one function only.
 * On later deployments the skill validates against step 3's grant and the open grant is never recreated.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ask-skill.html
 */
export class AlexaSkill extends Construct {
  /** The skill id (`amzn1.ask.skill.…`), known once the skill is deployed. */
  readonly skillId: string;

  constructor(scope: Construct, id: string, props: AlexaSkillProps) {
    super(scope, id);
    const { endpoint } = props;

    // 1. Alexa as a whole may invoke the function, for as long as it takes to create the skill.
    const openPermission = new CfnPermission(this, 'OpenPermission', {
      action: 'lambda:InvokeFunction',
      functionName: endpoint.functionArn,
      principal: ALEXA_PRINCIPAL,
    });

    // 2. The skill, from the package uploaded as a CDK asset, which Alexa reads through a role of its own.
    const skillPackage = new Asset(this, 'Package', { path: props.skillPackageDir });
    const packageReader = new Role(this, 'PackageReader', {
      assumedBy: new ServicePrincipal(ALEXA_PRINCIPAL),
      description: 'Lets Alexa read the Back Care Coach skill package, and only that object.',
    });
    packageReader.addToPolicy(
      new PolicyStatement({
        actions: ['s3:GetObject'],
        resources: [skillPackage.bucket.arnForObjects(skillPackage.s3ObjectKey)],
      }),
    );
    const skill = new CfnSkill(this, 'Resource', {
      vendorId: props.vendorId,
      authenticationConfiguration: {
        clientId: lwaSecretField(props.lwaSecretName, 'clientId'),
        clientSecret: lwaSecretField(props.lwaSecretName, 'clientSecret'),
        refreshToken: lwaSecretField(props.lwaSecretName, 'refreshToken'),
      },
      skillPackage: {
        s3Bucket: skillPackage.s3BucketName,
        s3Key: skillPackage.s3ObjectKey,
        s3BucketRole: packageReader.roleArn,
        // skill.json names no endpoint (it differs per account): point requests and skill events at the function.
        overrides: {
          manifest: {
            apis: { custom: { endpoint: { uri: endpoint.functionArn } } },
            events: { endpoint: { uri: endpoint.functionArn } },
          },
        },
      },
    });
    skill.node.addDependency(openPermission);
    // The role's policy is a resource of its own; Alexa must be able to read the package when the skill is created.
    skill.node.addDependency(packageReader);
    this.skillId = skill.ref;

    // 3. Only this skill may invoke the function.
    const trigger = new AlexaTrigger(this, 'Trigger', { function: endpoint, skillId: this.skillId });

    // 4. The open grant goes, once the skill's own grant is in place (so Alexa is never locked out in between).
    const removeOpenPermission: AwsSdkCall = {
      service: 'Lambda',
      action: 'removePermission',
      parameters: { FunctionName: endpoint.functionArn, StatementId: openPermission.attrId },
      physicalResourceId: PhysicalResourceId.of(openPermission.attrId),
    };
    const closerRole = new Role(this, 'CloserRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Removes the temporary open Alexa permission from the Back Care Coach function.',
    });
    const closerLogs = new LogGroup(this, 'CloserLogs', {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    closerLogs.grantWrite(closerRole);
    const closer = new AwsCustomResource(this, 'CloseOpenPermission', {
      // Runs when the open grant is first created and whenever it is recreated (a replaced function). Nothing on
      // delete: CloudFormation deletes the permission resources, the open one's statement being already gone.
      onCreate: removeOpenPermission,
      onUpdate: removeOpenPermission,
      policy: AwsCustomResourcePolicy.fromStatements([
        new PolicyStatement({ actions: ['lambda:RemovePermission'], resources: [endpoint.functionArn] }),
      ]),
      role: closerRole,
      logGroup: closerLogs,
      installLatestAwsSdk: false,
    });
    closer.node.addDependency(trigger);
  }
}

/**
 * A CloudFormation dynamic reference to one field of the Login-with-Amazon secret. CloudFormation resolves it at
 * deploy time, so the credential never appears in the template, the cloud assembly or the stack's parameters.
 * (`unsafeUnwrap` only turns the reference into a string; it reads nothing.)
 */
function lwaSecretField(secretName: string, field: (typeof LWA_SECRET_FIELDS)[number]): string {
  return SecretValue.secretsManager(secretName, { jsonField: field }).unsafeUnwrap();
}
