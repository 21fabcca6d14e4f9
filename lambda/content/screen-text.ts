import type { Routine } from './routines';

/**
 * The words an Echo Show puts on screen beside what Alexa says. Short labels only: everything a user must know is
 * also spoken, so a screen adds a glance, never a different message.
 */
export const SCREEN = {
  title: 'Back Care Coach',
  tagline: 'Gentle stretches with every hold timed, and answers to your back care questions.',
  touchHint: 'Touch a routine, or say its name.',
  tipTitle: 'Today’s tip',
  tip: 'Back care tip',
  routine: (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)} routine`,
  /** "6 min · on the floor" under a routine's name. */
  routineDetail: ({ minutes, place }: Pick<Routine, 'minutes' | 'place'>) =>
    `${minutes} min · ${place === 'floor' ? 'on the floor' : 'in a chair'}`,
  stepCount: (step: number, total: number) => `Stretch ${step} of ${total}`,
  hold: 'Hold',
  keepGoing: 'Keep going',
  release: 'And release',
  paused: 'Paused',
  buttons: { previous: 'Back', pause: 'Pause', resume: 'Resume', next: 'Next' },
  /** What to do, in large type, while Alexa gives a safety answer: plain words, nothing playful. */
  safety: {
    emergency: (number: string) => `Call ${number} now`,
    urgent: 'Get medical help now',
    nerveSigns: 'Stop stretching and have it checked',
    pain: 'Stop and ease out slowly',
    caution: 'Check with your doctor first',
  },
} as const;
