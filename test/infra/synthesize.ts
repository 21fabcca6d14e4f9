import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { createBackCareCoachApp } from '../../infra/back-care-coach-app';
import type { BackCareCoachStack } from '../../infra/back-care-coach-stack';
import { PROJECT_ROOT } from '../../infra/project-paths';

/** A skill id in Alexa's format, for tests. */
export const SKILL_ID = 'amzn1.ask.skill.12345678-90ab-cdef-1234-567890abcdef';

export interface Synthesized {
  readonly app: App;
  readonly stack: BackCareCoachStack;
  readonly template: Template;
  /** The cloud assembly directory, where bundled assets are staged. */
  readonly outdir: string;
}

/**
 * Synthesizes the real app (the entry `cdk synth` runs, cdk-nag included) with the feature flags from `cdk.json`,
 * the given context values and an empty process environment, so nothing on the test machine leaks in.
 * Bundling really runs: call it once per test file, in `beforeAll`.
 *
 * CDK's built-in CloudFormation template validation is left to `npm run synth`, where the `cdk.json` flag
 * `@aws-cdk/core:validateAgainstDefaultRules` makes its findings errors: its WebAssembly engine takes several seconds
 * of CPU to start, more than the rest of a synth, and it checks templates, not the facts these tests state.
 */
export function synthesize(context: Record<string, string> = {}): Synthesized {
  const cdkJson = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'back-care-coach-cdk-'));
  const app = new App({
    outdir,
    context: { ...cdkJson.context, ...context },
    builtinCloudFormationValidation: false,
  });
  const stack = createBackCareCoachApp(app, {});
  return { app, stack, template: Template.fromStack(stack), outdir };
}

/** The one logical id of a resource type in the template; fails when there are none or several. */
export function onlyLogicalId(template: Template, type: string, props: object = {}): string {
  const ids = Object.keys(template.findResources(type, props));
  if (ids.length !== 1) throw new Error(`expected one ${type}, found ${ids.length}: ${ids.join(', ')}`);
  return ids[0]!;
}

/** The directory of the staged asset a resource's `Code` (or any `S3Key`) points at. */
export function assetDirectory(synthesized: Synthesized, s3Key: unknown): string {
  if (typeof s3Key !== 'string' || !s3Key.endsWith('.zip')) throw new Error(`not an asset key: ${JSON.stringify(s3Key)}`);
  return path.join(synthesized.outdir, `asset.${s3Key.slice(0, -'.zip'.length)}`);
}

/** cdk-nag's AwsSolutions findings that no construct acknowledged with a reason. */
export function unacknowledgedNagFindings(scope: IConstruct): string[] {
  const report = new AwsSolutionsChecks(scope).validateScope(scope);
  return report.violations.flatMap((v) => v.violatingResources.map((r) => `${v.ruleName} at ${r.constructPath}`));
}

/** Every acknowledged rule in the construct tree, with the reason given for it. */
export function acknowledgements(scope: IConstruct): Array<{ id: string; reason: string }> {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata)
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
    // CDK records a rule id without a plugin prefix as `Annotation::<id>`; cdk-nag reads it either way.
    .map(([id, reason]) => ({ id: id.replace(/^Annotation::/i, ''), reason }));
}
