import type { Node } from 'constructs';

/**
 * Where the Alexa skill that invokes the function comes from. Exactly one of three:
 * - `none`: no skill yet; the function is deployed, but nothing may invoke it.
 * - `ask-cli`: the skill exists (created with `ask deploy` or the developer console); only it may invoke the function.
 * - `cdk`: this stack creates the skill from `skill-package/` with `Alexa::ASK::Skill`, signing in to the Alexa
 *   Skill Management API with Login-with-Amazon credentials read from Secrets Manager at deploy time.
 */
export type SkillSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'ask-cli'; readonly skillId: string }
  | { readonly kind: 'cdk'; readonly lwaSecretName: string; readonly vendorId: string };

/** What a deployment may be told, each as a context value (`-c key=value`) or, failing that, an environment variable. */
export const DEPLOY_SETTINGS = {
  skillId: { context: 'skillId', env: 'SKILL_ID' },
  lwaSecretName: { context: 'lwaSecretName', env: 'LWA_SECRET_NAME' },
  vendorId: { context: 'vendorId', env: 'ALEXA_VENDOR_ID' },
} as const;

type SettingName = keyof typeof DEPLOY_SETTINGS;

/** A skill id as Alexa issues it, e.g. `amzn1.ask.skill.<uuid>` (skills from before 2016: `amzn1.echo-sdk-ams.app.<uuid>`). */
const SKILL_ID = /^amzn1\.(ask\.skill|echo-sdk-ams\.app)\.[0-9a-f-]{36}$/;
/** A Secrets Manager secret name (not an ARN: the dynamic reference resolves either, but a name reads better). */
const SECRET_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
/** An Amazon developer vendor id, e.g. `M1ABCDEFGHIJKL`. */
const VENDOR_ID = /^[A-Z0-9]{6,32}$/;

/** A deployment setting that is missing, malformed or contradicts another; thrown before anything is synthesized. */
export class DeployConfigError extends Error {
  override readonly name = 'DeployConfigError';
}

/**
 * Reads the deployment settings once, at the app entry: context values win over environment variables.
 * Fails fast with a message that says what to set, so a typo never deploys a function that no skill may invoke.
 */
export function readSkillSource(node: Node, env: NodeJS.ProcessEnv): SkillSource {
  const read = (name: SettingName): string | undefined => {
    const { context, env: variable } = DEPLOY_SETTINGS[name];
    const value: unknown = node.tryGetContext(context) ?? env[variable];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      throw new DeployConfigError(`Context value "${context}" must be a string, got ${JSON.stringify(value)}.`);
    }
    return value.trim();
  };
  const skillId = read('skillId');
  const lwaSecretName = read('lwaSecretName');
  const vendorId = read('vendorId');

  if (skillId !== undefined && (lwaSecretName !== undefined || vendorId !== undefined)) {
    throw new DeployConfigError(
      'Set either skillId (a skill you deploy with the ASK CLI) or lwaSecretName and vendorId (a skill this stack ' +
        'creates), not both.',
    );
  }
  if (skillId !== undefined) {
    if (!SKILL_ID.test(skillId)) {
      throw new DeployConfigError(`skillId "${skillId}" is not an Alexa skill id (amzn1.ask.skill.<uuid>).`);
    }
    return { kind: 'ask-cli', skillId };
  }
  if (lwaSecretName === undefined && vendorId === undefined) return { kind: 'none' };
  if (lwaSecretName === undefined || vendorId === undefined) {
    throw new DeployConfigError(
      'To let this stack create the skill, set both lwaSecretName (a Secrets Manager secret with clientId, ' +
        'clientSecret and refreshToken) and vendorId (your Amazon developer vendor id).',
    );
  }
  if (!SECRET_NAME.test(lwaSecretName)) {
    throw new DeployConfigError(`lwaSecretName "${lwaSecretName}" is not a Secrets Manager secret name.`);
  }
  if (!VENDOR_ID.test(vendorId)) {
    throw new DeployConfigError(`vendorId "${vendorId}" is not an Amazon developer vendor id.`);
  }
  return { kind: 'cdk', lwaSecretName, vendorId };
}
