import { parseLine } from '../../simulator/invocation';

const NAME = 'back care coach';

describe('reading a typed line', () => {
  it.each(['open back care coach', 'launch back care coach', 'start back care coach', 'Alexa, open Back Care Coach.', 'ask back care coach'])(
    '"%s" opens the skill',
    (line) => {
      expect(parseLine(line, NAME)).toEqual({ kind: 'open' });
    },
  );

  it.each([
    ['ask back care coach to start a stretch', 'start a stretch'],
    ['ask back care coach how am I doing', 'how am i doing'],
    ['tell back care coach to log a twenty minute walk', 'log a twenty minute walk'],
    ['Alexa, ask Back Care Coach: is walking good for my back?', 'is walking good for my back'],
    ['ask back care coach about chiropractors', 'chiropractors'],
    ['ask back care coach for a tip', 'a tip'],
    ['open back care coach and start the quick routine', 'start the quick routine'],
    ['give me a tip using back care coach', 'give me a tip'],
  ])('"%s" is a one-shot request for "%s"', (line, utterance) => {
    expect(parseLine(line, NAME)).toEqual({ kind: 'one-shot', utterance });
  });

  it.each(['exit', 'Quit', 'alexa, exit'])('"%s" leaves the skill', (line) => {
    expect(parseLine(line, NAME)).toEqual({ kind: 'exit' });
  });

  it.each([
    ['next', 'next'],
    ['start a stretch', 'start a stretch'],
    ["What's next?", "what's next"],
    ['alexa next', 'next'],
    ['exit the routine', 'exit the routine'],
  ])('"%s" is said inside the session', (line, utterance) => {
    expect(parseLine(line, NAME)).toEqual({ kind: 'utterance', utterance });
  });

  it.each(['', '   ', '?!', 'alexa'])('"%s" says nothing', (line) => {
    expect(parseLine(line, NAME)).toEqual({ kind: 'nothing' });
  });
});
