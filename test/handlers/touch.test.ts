import { touchedIntent } from '../../lambda/handlers/touch';
import { ROUTINE_IDS, ROUTINES } from '../../lambda/content/routines';

describe('what a touch stands for', () => {
  test.each(ROUTINE_IDS)('a touch on the %s routine is the stretch guide intent with that routine resolved', (id) => {
    const intent = touchedIntent(['routine', id]);
    expect(intent?.name).toBe('StretchGuideIntent');
    expect(intent?.slots?.routine).toMatchObject({
      value: ROUTINES[id].name,
      resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id } }] }] },
    });
  });

  test('next, previous, pause and resume are the intents saying them would be', () => {
    expect(['next', 'previous', 'pause', 'resume'].map((what) => touchedIntent([what])?.name)).toEqual([
      'AMAZON.NextIntent',
      'AMAZON.PreviousIntent',
      'AMAZON.PauseIntent',
      'AMAZON.ResumeIntent',
    ]);
  });

  test('anything the screens never send stands for nothing', () => {
    for (const args of [undefined, null, 'next', { 0: 'next' }, [], ['routine'], ['routine', 'yoga'], ['stop'], ['next', 'x'], [['next']], ['constructor'], ['toString']]) {
      expect(touchedIntent(args)).toBeUndefined();
    }
  });
});
