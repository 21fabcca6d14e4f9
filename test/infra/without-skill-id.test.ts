import { Annotations, Match, type Template } from 'aws-cdk-lib/assertions';
import { onlyLogicalId, synthesize, unacknowledgedNagFindings, type Synthesized } from './synthesize';

// A first deployment before the skill exists: no skill id, no Login-with-Amazon secret.
let synthesized: Synthesized;
let template: Template;
let printed: string;
let annotations: Annotations;

beforeAll(() => {
  // Synth prints its warnings to stderr through console.error; keep them to check what the user is shown.
  const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  synthesized = synthesize();
  template = synthesized.template;
  annotations = Annotations.fromStack(synthesized.stack);
  printed = consoleError.mock.calls.flat().join('\n');
  consoleError.mockRestore();
});

const WHAT_TO_SET = /No Alexa skill id.*-c skillId=amzn1\.ask\.skill\..*SKILL_ID=.*-c lwaSecretName=.*-c vendorId=/;

test('synth still succeeds and warns on the stack what to set', () => {
  annotations.hasWarning('/BackCareCoach', Match.stringLikeRegexp(WHAT_TO_SET.source));
});

test('synth prints that warning for the user to read', () => {
  expect(printed).toMatch(WHAT_TO_SET);
});

test('no permission exists, so nothing may invoke the function yet', () => {
  template.resourceCountIs('AWS::Lambda::Permission', 0);
});

test('the function is told only the table name', () => {
  const table = onlyLogicalId(template, 'AWS::DynamoDB::Table');
  template.hasResourceProperties('AWS::Lambda::Function', {
    Environment: { Variables: Match.exact({ TABLE_NAME: { Ref: table } }) },
  });
});

test('no skill is created', () => {
  template.resourceCountIs('Alexa::ASK::Skill', 0);
});

test('cdk-nag AwsSolutions finds nothing unacknowledged', () => {
  expect(unacknowledgedNagFindings(synthesized.app)).toEqual([]);
});
