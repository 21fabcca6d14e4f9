import { APL_VERSION, PAGE, RESOURCES, STYLES } from './theme';

/**
 * An answer: its title and a one-line summary. A safety answer (`urgent`) shows what to do in large type, such as
 * "Call 911 now", and nothing else competes with it.
 */
export const ANSWER_DOCUMENT = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  resources: RESOURCES,
  styles: STYLES,
  mainTemplate: {
    parameters: ['payload'],
    item: {
      type: 'Container',
      ...PAGE,
      justifyContent: 'center',
      items: [
        { type: 'Text', style: 'small', text: '${payload.answer.kicker}' },
        { type: 'Text', style: "${payload.answer.urgent ? 'urgent' : 'title'}", paddingTop: '2vh', text: '${payload.answer.title}' },
        { type: 'Text', style: 'body', paddingTop: '2vh', text: '${payload.answer.summary}' },
      ],
    },
  },
} as const;
