import { outputSpeechText, pauseLabel, ssmlToText } from '../../simulator/speech-text';
import { cardText, responseLines } from '../../simulator/transcript';

describe('SSML as readable text', () => {
  it('shows breaks as pauses in seconds', () => {
    expect(ssmlToText('<speak>Hold it. <break time="10s"/> Release.</speak>')).toBe('Hold it. [pause 10s] Release.');
    expect(ssmlToText('<speak>Breathe in <break time="500ms"/> and out.</speak>')).toBe(
      'Breathe in [pause 0.5s] and out.',
    );
    expect(ssmlToText("<speak>Wait<break time='1.5s' /></speak>")).toBe('Wait [pause 1.5s]');
  });

  it('shows a run of breaks as one pause of their total length', () => {
    expect(ssmlToText('<speak>Hold. <break time="10s"/><break time="10s"/> <break time="5s"/>Release.</speak>')).toBe(
      'Hold. [pause 25s] Release.',
    );
  });

  it('shows breaks given by strength, and none for strength none', () => {
    expect(ssmlToText('<speak>a <break strength="strong"/> b <break strength="none"/> c</speak>')).toBe(
      'a [pause 1s] b c',
    );
    expect(ssmlToText('<speak>a <break/> b</speak>')).toBe('a [pause 0.75s] b');
  });

  it('removes other tags but keeps what they say', () => {
    const ssml =
      '<speak><p>First <emphasis level="strong">slowly</emphasis>.</p><s>Count <say-as interpret-as="cardinal">3</say-as></s>' +
      '<prosody rate="slow">gently</prosody> <amazon:effect name="whispered">relax</amazon:effect></speak>';
    expect(ssmlToText(ssml)).toBe('First slowly. Count 3 gently relax');
  });

  it("speaks a sub's alias and marks audio", () => {
    expect(ssmlToText('<speak><sub alias="physical therapist">PT</sub> <audio src="https://x/chime.mp3"/></speak>')).toBe(
      'physical therapist [audio]',
    );
  });

  it('unescapes entities and tidies whitespace', () => {
    expect(ssmlToText('<speak>  Hips &amp; knees &lt;gently&gt;\n\n , &quot;slowly&quot; &#39;now&#39; &#x2014; ok </speak>')).toBe(
      'Hips & knees <gently>, "slowly" \'now\' \u2014 ok',
    );
  });

  it('reads plain text speech as it is, and empty speech as none', () => {
    expect(outputSpeechText({ type: 'PlainText', text: ' Hello  there ' })).toBe('Hello there');
    expect(outputSpeechText({ type: 'SSML', ssml: '<speak></speak>' })).toBeUndefined();
    expect(outputSpeechText(undefined)).toBeUndefined();
  });

  it('labels pauses without needless decimals', () => {
    expect(pauseLabel(10)).toBe('[pause 10s]');
    expect(pauseLabel(0.35)).toBe('[pause 0.35s]');
    expect(pauseLabel(8.8)).toBe('[pause 8.8s]');
  });
});

describe('printed responses', () => {
  it('prints speech, reprompt and card', () => {
    expect(
      responseLines({
        version: '1.0',
        response: {
          outputSpeech: { type: 'SSML', ssml: '<speak>Ready? <break time="2s"/></speak>' },
          reprompt: { outputSpeech: { type: 'SSML', ssml: '<speak>Say next.</speak>' } },
          card: { type: 'Simple', title: 'Desk routine', content: 'Seated twist\nShoulder rolls' },
          shouldEndSession: false,
        },
      }),
    ).toEqual([
      'alexa: Ready? [pause 2s]',
      '  (reprompt: Say next.)',
      '  [card: Desk routine — Seated twist / Shoulder rolls]',
    ]);
  });

  it('says so when a response has no speech', () => {
    expect(responseLines({ version: '1.0', response: {} })).toEqual(['  (no speech)']);
  });

  it('describes cards without text', () => {
    expect(cardText({ type: 'LinkAccount' })).toBe('link your account');
    expect(cardText({ type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:reminders:skill:readwrite'] })).toBe(
      'asks for permission: alexa::alerts:reminders:skill:readwrite',
    );
    expect(cardText({ type: 'Standard', title: 'Walk logged', text: '30 minutes' })).toBe('Walk logged — 30 minutes');
  });
});
