import { join, pause, playingSeconds, say, silence, spokenSeconds, SECONDS_PER_WORD } from '../../lambda/speech/ssml';
import { breakSeconds, speechProblems } from '../fixtures/speech-rules';

describe('SSML building', () => {
  test('text is escaped so nothing a user said can become markup', () => {
    expect(say(`Tom & Jerry's <b>"best"</b>`)).toBe('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;best&quot;&lt;/b&gt;');
    expect(speechProblems(`<speak>${say('<speak>& </break>')}</speak>`)).toEqual([]);
  });

  test('control characters, which Alexa rejects, become spaces', () => {
    expect(say('a\u0000b\u0007c\u001fd')).toBe('a b c d');
    expect(say('line\nbreak\ttab')).toBe('line\nbreak\ttab');
  });

  test('a pause is one break of at most ten seconds', () => {
    expect(pause(3)).toBe('<break time="3s"/>');
    expect(pause(0.5)).toBe('<break time="500ms"/>');
    expect(pause(8.96)).toBe('<break time="8960ms"/>');
    expect(pause(25)).toBe('<break time="10s"/>');
    expect(pause(-1)).toBe('<break time="0s"/>');
  });

  test('a long silence is a chain of breaks of at most ten seconds that adds up', () => {
    expect(breakSeconds(silence(25))).toEqual([10, 10, 5]);
    expect(breakSeconds(silence(10))).toEqual([10]);
    expect(silence(0)).toBe('');
  });

  test('fragments join with spaces, skipping the missing ones', () => {
    expect(join(say('a'), undefined, false, say('b'))).toBe('a b');
  });

  test('speaking time is counted per word', () => {
    expect(spokenSeconds('Keep breathing.')).toBeCloseTo(2 * SECONDS_PER_WORD);
    expect(spokenSeconds('   ')).toBe(0);
  });

  test('playing time is the words and the silences together, breaks in seconds or milliseconds', () => {
    const speech = join(say('Hold for 20 seconds.'), silence(12), pause(0.25), say('And release.'));
    expect(playingSeconds(speech)).toBeCloseTo(6 * SECONDS_PER_WORD + 12.25);
    expect(playingSeconds(join(pause(3), say('Tom &amp; Jerry')))).toBeCloseTo(3 + 3 * SECONDS_PER_WORD);
  });
});
