/**
 * Prints how the simulator's NLU routes each phrasing in the evaluation set against the real interaction model:
 * the intent heard, how (sample, similarity or fallback), the score, and the runner-up. For whoever edits the
 * model's samples: `npx tsx test/simulator/evaluate-nlu.ts` (add `--misses` to list only the misses).
 */
import path from 'node:path';
import { EN_US_MODEL_PATH, loadInteractionModel } from '../../simulator/interaction-model';
import { Nlu } from '../../simulator/nlu';
import { PARAPHRASES } from './paraphrases';

const nlu = new Nlu(loadInteractionModel(path.join(__dirname, '..', '..', EN_US_MODEL_PATH)));
const onlyMisses = process.argv.includes('--misses');
const short = (intent: string | undefined) => (intent ?? '-').replace(/Intent$/, '');

let hits = 0;
for (const [utterance, expected] of PARAPHRASES) {
  const heard = nlu.understand(utterance);
  const [first, second] = nlu.rankIntents(utterance);
  const hit = heard.intent === expected;
  if (hit) hits += 1;
  if (hit && onlyMisses) continue;
  const runnerUp = first?.label === heard.intent ? second : first;
  console.log(
    [
      hit ? 'ok  ' : 'MISS',
      utterance.padEnd(60),
      `${short(heard.intent)} (${heard.matchedBy} ${heard.score.toFixed(2)})`.padEnd(44),
      hit ? '' : `expected ${short(expected)}; `,
      `runner-up ${short(runnerUp?.label)} ${runnerUp?.score.toFixed(2) ?? ''}`,
    ].join(' '),
  );
}
console.log(`\n${hits}/${PARAPHRASES.length} routed as expected (${((100 * hits) / PARAPHRASES.length).toFixed(1)}%)`);
