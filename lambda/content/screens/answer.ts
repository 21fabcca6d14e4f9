import { aplDocument, PAGE } from './theme';

/**
 * An answer: its title and a one-line summary. A safety answer (`urgent`) shows what to do in large type, such as
 * "Call 911 now", and nothing else competes with it.
 */
export const ANSWER_DOCUMENT = aplDocument({
  type: 'Container',
  ...PAGE,
  justifyContent: 'center',
  items: [
    { type: 'Text', style: 'small', text: '${payload.answer.kicker}' },
    { type: 'Text', style: "${payload.answer.urgent ? 'urgent' : 'title'}", paddingTop: '2vh', text: '${payload.answer.title}' },
    { type: 'Text', style: 'body', paddingTop: '2vh', text: '${payload.answer.summary}' },
  ],
});
