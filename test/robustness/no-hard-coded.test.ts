import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Nothing that identifies an AWS account, a credential, a deployed skill or an endpoint is written into what is
 * deployed: the Lambda's source, the CDK app and the skill package. They come from the environment (`TABLE_NAME`,
 * `SKILL_ID`, `DYNAMODB_ENDPOINT`, the CDK's own account lookup) instead.
 */
const ROOT = join(__dirname, '../..');
const SCANNED = ['lambda', 'infra', 'skill-package', 'cdk.json'];

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    return [];
  }
  if (stats.isFile()) return [path];
  return readdirSync(full).flatMap((name) => filesUnder(join(path, name)));
}

interface Line {
  readonly where: string;
  readonly text: string;
  /** Whether the line is a comment, where documentation links belong. */
  readonly comment: boolean;
}

const lines: Line[] = SCANNED.flatMap(filesUnder)
  .filter((path) => /\.(ts|js|json)$/.test(path))
  .flatMap((path) =>
    readFileSync(join(ROOT, path), 'utf8')
      .split('\n')
      .map((text, index) => ({
        where: `${relative(ROOT, join(ROOT, path))}:${index + 1}`,
        text,
        comment: /^\s*(\/\/|\/\*|\*)/.test(text),
      })),
  );

/** URLs that are fine in code: loopback (local development) and the reserved example domain. */
const HARMLESS_URL = /^https?:\/\/(127\.0\.0\.1|localhost|example\.com)([:/]|$)/;

const RULES: [what: string, matches: (line: Line) => boolean, example: string][] = [
  ['an AWS access key id', ({ text }) => /\b(AKIA|ASIA)[A-Z0-9]{16}\b/.test(text), "const key = 'AKIAIOSFODNN7EXAMPLE';"],
  [
    'an AWS secret key',
    ({ text }) => /secret_?access_?key['"]?\s*[:=]\s*['"][A-Za-z0-9/+]{30,}/i.test(text),
    "secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',",
  ],
  [
    'an ARN with an account id',
    ({ text }) => /arn:aws[\w-]*:[\w-]+:[\w-]*:\d{12}:/.test(text),
    "arn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/Progress',",
  ],
  ['a 12-digit AWS account id', ({ text }) => /(^|[^\d.])\d{12}([^\d]|$)/.test(text), "account: '123456789012',"],
  [
    'a real Alexa skill id',
    ({ text }) => /amzn1\.ask\.skill\.[0-9a-f]{8}-[0-9a-f-]{27}/.test(text),
    "skillId: 'amzn1.ask.skill.0a1b2c3d-1111-2222-3333-444455556666',",
  ],
  [
    'an AWS service endpoint',
    ({ text }) =>
      /[\w-]+\.[\w.-]*amazonaws\.com/.test(text.replace(/ServicePrincipal\('[\w-]+\.amazonaws\.com'\)/g, '')),
    "endpoint: 'dynamodb.eu-west-1.amazonaws.com',",
  ],
  [
    'a URL in code',
    ({ text, comment }) => !comment && [...text.matchAll(/https?:\/\/[^\s'"`)]+/g)].some(([url]) => !HARMLESS_URL.test(url)),
    "const endpoint = 'https://dynamodb.internal.corp:8000';",
  ],
];

test('there is something to scan', () => {
  expect(lines.filter(({ where }) => where.startsWith('lambda/')).length).toBeGreaterThan(1000);
});

test.each(RULES)('the check for %s finds one', (_what, matches, example) => {
  expect(matches({ where: 'example.ts:1', text: example, comment: false })).toBe(true);
});

test.each(RULES)('no file deployed holds %s', (_what, matches) => {
  expect(lines.filter(matches).map(({ where, text }) => `${where}: ${text.trim().slice(0, 120)}`)).toEqual([]);
});
