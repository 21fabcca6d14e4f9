import { STRETCH } from '../../lambda/content/prompts';
import { hold } from '../../lambda/speech/hold';
import { SECONDS_PER_WORD, SPEECH_LIMITS } from '../../lambda/speech/ssml';
import { breakSeconds, speechProblems, spokenText } from '../fixtures/speech-rules';

const cues = { encouragements: STRETCH.encouragements, secondsLeft: STRETCH.secondsLeft };
const holdLengths = Array.from({ length: 51 }, (_, i) => i + 10);

/** Seconds a listener waits through a hold: silence plus the time Alexa takes to say the cues. */
function heardSeconds(ssml: string): number {
  const words = spokenText(ssml).split(' ').filter(Boolean).length;
  return breakSeconds(ssml).reduce((a, b) => a + b, 0) + words * SECONDS_PER_WORD;
}

describe('a timed hold', () => {
  test.each(holdLengths)('a %i second hold lasts that long, cues included', (seconds) => {
    expect(Math.abs(heardSeconds(hold(seconds, cues)) - seconds)).toBeLessThan(0.05);
  });

  test.each(holdLengths)('a %i second hold has no break over ten seconds and is valid SSML', (seconds) => {
    const ssml = hold(seconds, cues);
    expect(Math.max(...breakSeconds(ssml))).toBeLessThanOrEqual(SPEECH_LIMITS.maxBreakSeconds);
    expect(speechProblems(`<speak>${ssml}</speak>`)).toEqual([]);
  });

  test('a thirty second hold is silence, a word of encouragement, silence, ten more seconds, silence', () => {
    expect(spokenText(hold(30, cues))).toBe('Keep breathing. Ten more seconds.');
    expect(breakSeconds(hold(30, cues))).toEqual([9, 9, 10]);
  });

  test('a long hold is broken up with different encouragements', () => {
    const said = spokenText(hold(60, cues));
    expect(said).toMatch(/^Keep breathing\. Relax into it\. Nice and easy\. Breathe slowly\. Ten more seconds\.$/);
  });

  test('a short hold counts down five seconds, and a ten second hold is plain silence', () => {
    expect(spokenText(hold(15, cues))).toBe('Five more seconds.');
    expect(spokenText(hold(10, cues))).toBe('');
    expect(breakSeconds(hold(10, cues))).toEqual([10]);
  });
});
