import { App } from 'aws-cdk-lib';
import { DeployConfigError, readSkillSource } from '../../infra/deploy-config';
import { SKILL_ID } from './synthesize';

const read = (context: Record<string, unknown>, env: NodeJS.ProcessEnv = {}) =>
  readSkillSource(new App({ context }).node, env);

test('nothing set means no skill yet', () => {
  expect(read({})).toEqual({ kind: 'none' });
});

test('a skill id comes from the skillId context value', () => {
  expect(read({ skillId: SKILL_ID })).toEqual({ kind: 'ask-cli', skillId: SKILL_ID });
});

test('a skill id comes from SKILL_ID when no context value is given', () => {
  expect(read({}, { SKILL_ID })).toEqual({ kind: 'ask-cli', skillId: SKILL_ID });
});

test('the context value wins over the environment', () => {
  const other = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
  expect(read({ skillId: SKILL_ID }, { SKILL_ID: other })).toEqual({ kind: 'ask-cli', skillId: SKILL_ID });
});

test('a malformed skill id is refused before anything is synthesized', () => {
  expect(() => read({ skillId: 'amzn1.ask.skill.typo' })).toThrow(DeployConfigError);
  expect(() => read({ skillId: 'amzn1.ask.skill.typo' })).toThrow(/not an Alexa skill id/);
});

test('a Login-with-Amazon secret and a vendor id let the stack create the skill', () => {
  expect(read({}, { LWA_SECRET_NAME: 'back-care-coach/lwa', ALEXA_VENDOR_ID: 'M1ABCDEFGHIJKL' })).toEqual({
    kind: 'cdk',
    lwaSecretName: 'back-care-coach/lwa',
    vendorId: 'M1ABCDEFGHIJKL',
  });
});

test('a secret without a vendor id says both are needed', () => {
  expect(() => read({ lwaSecretName: 'back-care-coach/lwa' })).toThrow(/set both lwaSecretName .* and vendorId/);
});

test('a skill id and a secret together are refused: the skill is either the ASK CLI\'s or the stack\'s', () => {
  expect(() => read({ skillId: SKILL_ID, lwaSecretName: 'back-care-coach/lwa', vendorId: 'M1ABCDEFGHIJKL' })).toThrow(
    /either skillId .* or lwaSecretName and vendorId/,
  );
});

test('a context value that is not a string is refused', () => {
  expect(() => read({ skillId: 42 })).toThrow(/must be a string/);
});
