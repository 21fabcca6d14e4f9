import { estimatedAudioSeconds, speechProblems, spokenText } from '../fixtures/speech-rules';

/** The checker every response in the suite goes through must itself catch what Alexa refuses. */
describe("Alexa's speech rules", () => {
  test('valid speech has no problems', () => {
    expect(speechProblems('<speak>Hello. <break time="10s"/> Child&apos;s pose.</speak>')).toEqual([]);
  });

  test.each([
    ['a break over ten seconds', '<speak><break time="11s"/></speak>'],
    ['a break in milliseconds over ten seconds', '<speak><break time="10500ms"/></speak>'],
    ['an unescaped ampersand', '<speak>Tom & Jerry</speak>'],
    ['a stray angle bracket', '<speak>1 > 0</speak>'],
    ['a tag the skill never uses', '<speak><audio src="x"/></speak>'],
    ['speech outside <speak>', 'Hello'],
    ['an unclosed tag', '<speak><speak>Hi</speak>'],
    ['more than 8,000 characters', `<speak>${'a '.repeat(4100)}</speak>`],
    ['more than 240 seconds of audio', `<speak>${'<break time="10s"/>'.repeat(25)}</speak>`],
  ])('%s is refused', (_case, ssml) => {
    expect(speechProblems(ssml)).not.toEqual([]);
  });

  test('spoken text drops tags and decodes entities', () => {
    expect(spokenText('<speak>Child&apos;s  <break time="1s"/> pose &amp; more</speak>')).toBe("Child's pose & more");
  });

  test('audio is estimated from words and breaks', () => {
    expect(estimatedAudioSeconds('<speak>one two <break time="3s"/></speak>')).toBeCloseTo(3.8);
  });
});
