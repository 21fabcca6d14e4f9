import { aplDocument, PAGE, touchTarget } from './theme';

/**
 * The screen at launch: the skill's name, what it does, the routines as large touch targets, and the day's tip
 * when it is said. Every word comes from the `home` datasource (see lambda/screen/datasources.ts).
 */
export const HOME_DOCUMENT = aplDocument({
  type: 'ScrollView',
  width: '100vw',
  height: '100vh',
  item: {
    type: 'Container',
    ...PAGE,
    height: 'auto',
    minHeight: '100vh',
    alignItems: 'center',
    items: [
      { type: 'Text', style: 'title', text: '${payload.home.title}' },
      { type: 'Text', style: 'body', textAlign: 'center', paddingTop: '1vh', text: '${payload.home.tagline}' },
      {
        type: 'Container',
        direction: '@routineDirection',
        paddingTop: '4vh',
        data: '${payload.home.routines}',
        item: touchTarget(['routine', '${data.id}'], '${data.name}', '@routineWidth', [
          { type: 'Text', style: 'label', text: '${data.name}' },
          { type: 'Text', style: 'small', text: '${data.detail}' },
        ]),
      },
      { type: 'Text', style: 'small', paddingTop: '2vh', text: '${payload.home.touchHint}' },
      {
        type: 'Container',
        when: "${payload.home.tip != ''}",
        paddingTop: '4vh',
        items: [
          { type: 'Text', style: 'small', text: '${payload.home.tipTitle}' },
          { type: 'Text', style: 'body', text: '${payload.home.tip}' },
        ],
      },
    ],
  },
});
