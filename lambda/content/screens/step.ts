import { aplDocument, PAGE, touchTarget } from './theme';

/** "0:20" for the seconds left in `remaining`, then the release once the hold is over. */
const CLOCK =
  "${remaining > 0 ? Math.floor(remaining / 60) + ':' + (remaining % 60 < 10 ? '0' : '') + remaining % 60 : payload.step.release}";

/**
 * One stretch: the routine, "Stretch 2 of 7", the stretch and how to get into position, and the hold's countdown.
 * The document runs the countdown itself: when the datasource says the hold is narrated in this response, the
 * root's `onMount` waits until Alexa reaches "Hold for N seconds." (`holdStartsAfterMs`, estimated as the voice's
 * own hold timing is), then takes a second off `remaining` every second until it reads "And release".
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-set-value-command.html
 */
export const STEP_DOCUMENT = aplDocument({
  type: 'Container',
  id: 'step',
  ...PAGE,
  bind: [{ name: 'remaining', type: 'number', value: '${payload.step.holdSeconds}' }],
  onMount: [
    {
      type: 'Sequential',
      when: '${payload.step.countdown}',
      delay: '${payload.step.holdStartsAfterMs}',
      repeatCount: '${payload.step.holdSeconds - 1}',
      commands: [
        { type: 'Idle', delay: 1000 },
        { type: 'SetValue', componentId: 'step', property: 'remaining', value: '${remaining - 1}' },
      ],
    },
  ],
  items: [
    { type: 'Text', style: 'small', text: '${payload.step.routine} · ${payload.step.count}' },
    { type: 'Text', style: 'title', paddingTop: '1vh', text: '${payload.step.stretch}' },
    { type: 'Text', style: 'body', paddingTop: '1vh', maxLines: '@positionLines', text: '${payload.step.position}' },
    {
      type: 'Container',
      grow: 1,
      justifyContent: 'center',
      alignItems: 'center',
      items: [
        { type: 'Text', style: 'label', text: "${remaining > 0 ? payload.step.holdLabel : ''}" },
        { type: 'Text', id: 'countdown', style: 'countdown', text: CLOCK },
      ],
    },
    {
      type: 'Container',
      direction: 'row',
      justifyContent: 'center',
      data: '${payload.step.buttons}',
      item: touchTarget(['${data.event}'], '${data.label}', '@buttonWidth', [{ type: 'Text', style: 'label', text: '${data.label}' }]),
    },
  ],
});
