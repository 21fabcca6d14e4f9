import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start` as a user would, with the conversation piped in. */
function npmStart(input: string, dataDir: string, ...args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, BACK_CARE_COACH_DATA_DIR: dataDir };
    delete env.BACK_CARE_COACH_VERBOSE;
    const child = spawn('npm', ['start', '--silent', ...(args.length ? ['--', ...args] : [])], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm start with a piped conversation', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'back-care-coach-simulator-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the conversation, keeps its data in the given folder and exits cleanly at the end of input', async () => {
    const run = await npmStart('open back care coach\nhelp\nstop\n', dataDir);

    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('you: '))).toEqual([
      'you: open back care coach',
      'you: help',
      'you: stop',
    ]);
    expect(lines.filter((line) => line.startsWith('alexa: ')).length).toBeGreaterThanOrEqual(3);
    // Only the conversation: no banner, prompt, warning, log line or stack trace, and no SSML left in the speech.
    expect(lines.filter((line) => !/^(you: |alexa: |  \(reprompt: |  \[card: )/.test(line))).toEqual([]);
    expect(run.stdout).not.toMatch(/<\/?speak>|<break/);
    expect(run.stderr).toBe('');
    expect(existsSync(path.join(dataDir, 'CURRENT'))).toBe(true);
  }, 15_000);

  it('emulates Alexa around the skill: the permission prompt, then the reminder created in the device’s time zone', async () => {
    const run = await npmStart(
      'open back care coach\nremind me to do my stretches every morning at eight\nyes\nyes\ncancel my reminder\n',
      dataDir,
    );

    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    const prompt = lines.indexOf('alexa: Back Care Coach would like to create reminders. Allow?');
    expect(prompt).toBeGreaterThan(0);
    expect(lines[prompt - 3]).toMatch(/^alexa: Would you like me to remind you to stretch every day at 8 AM\?/);
    expect(lines.slice(prompt)).toContain('  [reminder: every day at 08:00, America/Chicago]');
    expect(lines.slice(prompt)).toContain('  [reminder cancelled]');
    expect(run.stderr).toBe('');
  }, 15_000);

  it('with --screen is an Echo Show: prints the screen and takes touches', async () => {
    const run = await npmStart('open back care coach\ntouch lower back\n', dataDir, '--screen');

    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}\[touch: lower back \| upper back and neck \| quick two minute\]$/m);
    expect(run.stdout).toMatch(/^ {2}\[screen: Stretch 1 of 7 — knee to chest, left side — 0:\d\d countdown\]$/m);
    expect(run.stderr).toBe('');
  }, 15_000);

  it('remembers a walk logged in one run in the next', async () => {
    const first = await npmStart('ask back care coach to log a twenty minute walk\n', dataDir);
    const second = await npmStart('ask back care coach how am I doing\n', dataDir);

    expect([first.code, second.code]).toEqual([0, 0]);
    expect(second.stdout).toMatch(/^alexa: .*\b20\b/m);
  }, 15_000);

  it('replays a request as Alexa retries it, and goes on from another device of the same user', async () => {
    const input = [
      'ask back care coach to log a ten minute walk',
      'retry',
      'device kitchen',
      'ask back care coach to log a five minute walk',
      'device echo',
      'retry',
      'ask back care coach how am I doing',
    ].join('\n');
    const run = await npmStart(`${input}\n`, mkdtempSync(path.join(tmpdir(), 'back-care-coach-household-')));

    expect(run.code).toBe(0);
    const said = run.stdout.split('\n').filter((line) => line.startsWith('alexa: '));
    expect(said.slice(0, 4)).toEqual([
      expect.stringContaining('That’s 10 minutes of walking in all.'),
      expect.stringContaining('That’s 10 minutes of walking in all.'),
      expect.stringContaining('That’s 15 minutes of walking in all.'),
      expect.stringContaining('That’s 10 minutes of walking in all.'),
    ]);
    expect(said[4]).toMatch(/2 walks, 15 minutes/);
    expect(run.stdout).toMatch(/^ {2}\(now on the new kitchen device of the same user; no session open on it\)$/m);
    expect(run.stdout).toMatch(/^ {2}\(Alexa sends the last request again: \d+ bytes, the same request id\)$/m);
  }, 30_000);
});
