import path from 'node:path';
import { Conversation } from './conversation';
import { EN_US_MODEL_PATH, loadInteractionModel } from './interaction-model';
import { VIEWPORTS, type Viewport } from './envelopes';
import { startLocalSkill } from './local-skill';
import { Nlu } from './nlu';
import { runTerminal } from './terminal';

/**
 * `npm start`: talk to Back Care Coach in a terminal, or pipe a conversation through it.
 *
 * Progress is kept in `.data/dynamodb` (or `$BACK_CARE_COACH_DATA_DIR`). `npm start -- --verbose` (or
 * `BACK_CARE_COACH_VERBOSE=1`) also shows the intent and slots each line was heard as, and the skill's own logs.
 * `npm start -- --screen` is an Echo Show (`--screen=round` an Echo Spot, `--screen=tv` a Fire TV): it prints what
 * the screen shows and takes touches ("touch quick routine", "touch next").
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const verbose = process.argv.includes('--verbose') || process.env.BACK_CARE_COACH_VERBOSE === '1';
  const model = loadInteractionModel(path.join(root, EN_US_MODEL_PATH));
  const dataDir = process.env.BACK_CARE_COACH_DATA_DIR || path.join(root, '.data', 'dynamodb');
  const screen = screenOption(process.argv);
  const local = await startLocalSkill({ dataDir, showSkillLogs: verbose });
  try {
    const conversation = new Conversation({
      skill: local.skill,
      nlu: new Nlu(model, { skillId: local.device.skillId }),
      invocationName: model.invocationName,
      device: { ...local.device, screen },
      alexa: local.alexa,
      showIntents: verbose,
    });
    const name = model.invocationName;
    await runTerminal(conversation, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      intro: `Say "open ${name}" or "ask ${name} to ..." and go on talking; "exit" leaves the skill, Ctrl+D quits.`,
    });
  } finally {
    await local.stop();
  }
}

/** The screen `--screen[=round|tv]` asks for; none (a speaker) without it. */
function screenOption(argv: readonly string[]): Viewport | undefined {
  const option = argv.find((arg) => arg === '--screen' || arg.startsWith('--screen='));
  if (!option) return undefined;
  const kind = option.split('=')[1];
  if (kind === 'round') return VIEWPORTS.roundHub;
  if (kind === 'tv') return VIEWPORTS.tv;
  if (kind === undefined) return VIEWPORTS.landscapeHub;
  throw new Error(`--screen takes round or tv, not "${kind}"`);
}

// A closed pipe on the reading end (`npm start | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    process.stderr.write(`simulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
