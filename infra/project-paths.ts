import * as path from 'node:path';

/** The repository root, whatever directory `cdk` or `jest` runs from. */
export const PROJECT_ROOT = path.resolve(__dirname, '..');

/** The skill package in the ASK CLI layout: `skill.json` and `interactionModels/`. */
export const SKILL_PACKAGE_DIR = path.join(PROJECT_ROOT, 'skill-package');
