/**
 * What the three screens share: the APL version, colours, sizes and text styles. Sizes are in `vh`/`vw` so one
 * document reads the same on a round hub, a landscape hub and a TV; resources with `when` change the few that
 * must differ on a round screen, whose corners are cut off.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-resources.html
 */

/** APL 1.6: every Echo Show and Fire TV in use runs it, and it has everything the screens use. */
const APL_VERSION = '1.6';

const ROUND = "${viewport.shape == 'round'}";

const RESOURCES = [
  {
    description: 'Calm, high contrast colours, readable from across a room',
    colors: { panel: '#1F3B4D', accent: '#F2B134', foreground: '#FFFFFF', muted: '#C5D3DC' },
    // Three routines or three buttons in a row, with the gaps between them, fit the 90vw inside the padding.
    dimensions: { sidePadding: '5vw', topPadding: '4vh', gap: '2vw', routineWidth: '28vw', buttonWidth: '27vw' },
    numbers: { positionLines: 4 },
    strings: { routineDirection: 'row' },
  },
  {
    description: 'A round screen: more padding, routines one under another, a shorter position so the countdown fits',
    when: ROUND,
    dimensions: { sidePadding: '14vw', topPadding: '10vh', gap: '2vh', routineWidth: '72vw', buttonWidth: '22vw' },
    numbers: { positionLines: 2 },
    strings: { routineDirection: 'column' },
  },
] as const;

const STYLES = {
  small: { values: [{ fontSize: '3.6vh', color: '@muted' }] },
  title: { values: [{ fontSize: '7vh', fontWeight: 'bold', color: '@foreground' }] },
  body: { values: [{ fontSize: '4.4vh', color: '@foreground' }] },
  label: { values: [{ fontSize: '5vh', fontWeight: 'bold', color: '@foreground', textAlign: 'center' }] },
  countdown: { values: [{ fontSize: '26vh', fontWeight: 'bold', color: '@accent', textAlign: 'center' }] },
  urgent: { values: [{ fontSize: '11vh', fontWeight: 'bold', color: '@foreground' }] },
} as const;

/**
 * A screen's document around its one top component, which reads everything that changes from `payload`, the
 * directive's datasources.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-document.html
 */
export function aplDocument<Item extends object>(item: Item) {
  return {
    type: 'APL',
    version: APL_VERSION,
    theme: 'dark',
    resources: RESOURCES,
    styles: STYLES,
    mainTemplate: { parameters: ['payload'], item },
  } as const;
}

/** The frame every screen starts from: the whole viewport, padded, dark. */
export const PAGE = {
  width: '100vw',
  height: '100vh',
  paddingLeft: '@sidePadding',
  paddingRight: '@sidePadding',
  paddingTop: '@topPadding',
  paddingBottom: '@topPadding',
} as const;

/**
 * A large touch target that sends its event the way the skill reads touches: `arguments` name the thing touched,
 * as the user would say it ("next", "routine quick"); `label` is what a screen reader says for it.
 * @see https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-standard-commands.html#sendevent-command
 */
export function touchTarget(eventArguments: readonly string[], label: string, width: string, items: readonly object[]) {
  return {
    type: 'TouchWrapper',
    accessibilityLabel: label,
    width,
    spacing: '@gap',
    onPress: [{ type: 'SendEvent', arguments: eventArguments }],
    item: {
      type: 'Frame',
      backgroundColor: '@panel',
      borderRadius: '2vh',
      item: { type: 'Container', paddingTop: '2vh', paddingBottom: '2vh', alignItems: 'center', items },
    },
  } as const;
}
