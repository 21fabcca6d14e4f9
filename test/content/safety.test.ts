import { EMERGENCY_NUMBERS, emergencyNumber, SAFETY } from '../../lambda/content/safety';

const words = (text: string) => text.trim().split(/\s+/).length;
const firstSentence = (text: string) => /^[^.!?:]*[.!?:]/.exec(text)?.[0] ?? text;

const ANSWERS: Readonly<Record<string, string>> = {
  emergency: SAFETY.emergency('911'),
  urgent: SAFETY.urgent('911'),
  nerveSignsInRoutine: SAFETY.nerveSignsInRoutine,
  nerveSigns: SAFETY.nerveSigns,
  painInRoutine: SAFETY.painInRoutine('double knee to chest'),
  pain: SAFETY.pain,
  caution: SAFETY.caution,
};

describe('safety wording', () => {
  test.each(Object.keys(ANSWERS))('the %s answer is short: at most fifty words', (name) => {
    expect(words(ANSWERS[name]!)).toBeLessThanOrEqual(50);
  });

  test.each(Object.keys(ANSWERS))('the %s answer offers no stretch and no cheer', (name) => {
    expect(ANSWERS[name]).not.toMatch(/guide me|would you like|shall we|say next|resume|well done|great|!/i);
  });

  test('an emergency is told to call the emergency number in the first sentence', () => {
    expect(firstSentence(SAFETY.emergency('911'))).toBe('Please call 911 now for emergency help.');
  });

  test('urgent care comes first, with the emergency number for when it gets worse', () => {
    expect(firstSentence(SAFETY.urgent('911'))).toBe('Please get urgent medical help now:');
    expect(SAFETY.urgent('911')).toMatch(/or 911 if you can’t get up or it’s getting worse\./);
  });

  test('nerve signs mid-routine stop the routine first, and say to see a doctor promptly if it does not pass', () => {
    expect(firstSentence(SAFETY.nerveSignsInRoutine)).toBe('Let’s stop the routine here.');
    expect(SAFETY.nerveSignsInRoutine).toMatch(/checked by a doctor, and promptly if it doesn’t pass/);
  });

  test('pain in a stretch: ease out, never push through, and a choice of three', () => {
    expect(SAFETY.painInRoutine('cat and cow')).toMatch(
      /^Let’s stop the cat and cow there\. Ease out of it slowly and gently.*Never push through pain\..*skip this one, go gentler for shorter holds, or stop for today\.$/,
    );
  });
});

describe('the emergency number', () => {
  test('is 911 on an en-US device', () => {
    expect(emergencyNumber('en-US')).toBe('911');
  });

  test('is each locale’s own number where the skill knows it', () => {
    expect(emergencyNumber('en-GB')).toBe('999');
    expect(emergencyNumber('en-AU')).toBe('000');
    expect(emergencyNumber('en-IN')).toBe('112');
  });

  test('is "your local emergency number" where the skill does not know it, never a guess', () => {
    expect(emergencyNumber('fr-FR')).toBe('your local emergency number');
    expect(emergencyNumber(undefined)).toBe('your local emergency number');
    expect(SAFETY.emergency(emergencyNumber('de-DE'))).toMatch(/^Please call your local emergency number now/);
  });

  test('every number is digits only', () => {
    for (const number of Object.values(EMERGENCY_NUMBERS)) expect(number).toMatch(/^\d{3}$/);
  });
});
