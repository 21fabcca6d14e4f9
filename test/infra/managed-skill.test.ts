import * as fs from 'node:fs';
import * as path from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { SKILL_PACKAGE_DIR } from '../../infra/project-paths';
import { assetDirectory, onlyLogicalId, synthesize, unacknowledgedNagFindings, type Synthesized } from './synthesize';

// The stack creates the skill itself, signing in with Login-with-Amazon credentials kept in Secrets Manager.
const LWA_SECRET = 'back-care-coach/lwa';
const VENDOR_ID = 'M1ABCDEFGHIJKL';

let synthesized: Synthesized;
let template: Template;
let fn: string;
let skill: string;
let openPermission: string;
let trigger: string;

const functionArn = () => ({ 'Fn::GetAtt': [fn, 'Arn'] });

beforeAll(() => {
  synthesized = synthesize({ lwaSecretName: LWA_SECRET, vendorId: VENDOR_ID });
  template = synthesized.template;
  fn = onlyLogicalId(template, 'AWS::Lambda::Function', { Properties: { Runtime: 'nodejs24.x', Timeout: 7 } });
  skill = onlyLogicalId(template, 'Alexa::ASK::Skill');
  openPermission = onlyLogicalId(template, 'AWS::Lambda::Permission', { Properties: { EventSourceToken: Match.absent() } });
  trigger = onlyLogicalId(template, 'AWS::Lambda::Permission', { Properties: { EventSourceToken: Match.anyValue() } });
});

describe('the skill', () => {
  test('belongs to the given vendor', () => {
    template.hasResourceProperties('Alexa::ASK::Skill', { VendorId: VENDOR_ID });
  });

  test('signs in with Login-with-Amazon credentials CloudFormation resolves from Secrets Manager at deploy time', () => {
    const field = (name: string) => `{{resolve:secretsmanager:${LWA_SECRET}:SecretString:${name}::}}`;
    template.hasResourceProperties('Alexa::ASK::Skill', {
      AuthenticationConfiguration: {
        ClientId: field('clientId'),
        ClientSecret: field('clientSecret'),
        RefreshToken: field('refreshToken'),
      },
    });
  });

  test('is created from skill-package/, uploaded as an asset', () => {
    const { S3Key } = template.toJSON().Resources[skill].Properties.SkillPackage;
    const staged = assetDirectory(synthesized, S3Key);
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
    expect(files(staged)).toEqual(files(SKILL_PACKAGE_DIR));
  });

  test('sends its requests and skill events to the function', () => {
    template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: {
        Overrides: {
          Manifest: {
            apis: { custom: { endpoint: { uri: functionArn() } } },
            events: { endpoint: { uri: functionArn() } },
          },
        },
      },
    });
  });

  test('is read by Alexa through a role that may get only the package object', () => {
    const reader = onlyLogicalId(template, 'AWS::IAM::Role', {
      Properties: { AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'alexa-appkit.amazon.com' } }] } },
    });
    template.hasResourceProperties('Alexa::ASK::Skill', {
      SkillPackage: { S3BucketRole: { 'Fn::GetAtt': [reader, 'Arn'] } },
    });
    const { S3Key } = template.toJSON().Resources[skill].Properties.SkillPackage;
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: reader }],
      PolicyDocument: {
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: { 'Fn::Join': ['', Match.arrayWith([`/${S3Key}`])] },
          },
        ],
      },
    });
  });

  test('is output as SkillId', () => {
    template.hasOutput('SkillId', { Value: { Ref: skill } });
  });
});

describe('the Alexa trigger, granted before the skill exists and locked to it after', () => {
  test('first lets Alexa as a whole invoke the function, before the skill is created', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: functionArn(),
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: Match.absent(),
    });
    template.hasResource('Alexa::ASK::Skill', { DependsOn: Match.arrayWith([openPermission]) });
  });

  test('then lets only the new skill invoke the function', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: functionArn(),
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: skill },
    });
  });

  test('then removes the open grant, once the skill has its own', () => {
    const closer = template.findResources('Custom::AWS');
    expect(Object.keys(closer)).toHaveLength(1);
    const [resource] = Object.values(closer) as Array<{ Properties: { Create: unknown; Update: unknown }; DependsOn: string[] }>;
    expect(resource.DependsOn).toContain(trigger);
    for (const call of [resource.Properties.Create, resource.Properties.Update]) {
      const json = JSON.stringify(call);
      expect(json).toContain('\\"action\\":\\"removePermission\\"');
      expect(json).toContain(JSON.stringify({ 'Fn::GetAtt': [openPermission, 'Id'] }));
    }
  });

  test('removes it with a role that may remove permissions from this function only', () => {
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: [{ Effect: 'Allow', Action: 'lambda:RemovePermission', Resource: functionArn() }],
      },
    });
  });
});

test('the function is not told the skill id, which would make the skill and the function depend on each other', () => {
  template.hasResourceProperties('AWS::Lambda::Function', {
    Runtime: 'nodejs24.x',
    Environment: { Variables: Match.exact({ TABLE_NAME: Match.anyValue() }) },
  });
});

test('cdk-nag AwsSolutions finds nothing unacknowledged', () => {
  expect(unacknowledgedNagFindings(synthesized.app)).toEqual([]);
});
