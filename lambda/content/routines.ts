/**
 * The guided stretch routines, as data. Each step is one stretch on one side: how to get into position (in full
 * the first time, short after that), what to keep in mind while holding, how long to hold, and how to come out.
 * Gentle, well-known stretches only; every routine reminds the user to breathe and to stop if it hurts.
 */

export type Side = 'left' | 'right' | 'both' | 'none';

export interface StretchStep {
  /** What the user hears it called: "knee to chest". Steps of one stretch on two sides share a name. */
  readonly name: string;
  readonly side: Side;
  /** What it is for, in one sentence: said on "tell me more" or "what is it for". */
  readonly purpose: string;
  /** One thing to keep in mind for it, said with its purpose. */
  readonly tip: string;
  /** How to get into position, in full: said the first time, or on "tell me more". */
  readonly position: string;
  /** A short reminder of the position, for someone who has done it before. */
  readonly shortPosition: string;
  /** Said just before the hold starts. */
  readonly cue: string;
  /** Default hold; the user's hold preference replaces it. */
  readonly holdSeconds: number;
  /** A slow movement kept up for the hold time (shoulder rolls), rather than a position held still. */
  readonly moving?: true;
  /** How to come out of the stretch. */
  readonly release: string;
}

export interface Routine {
  readonly id: RoutineId;
  /** As the user says it: "lower back". */
  readonly name: string;
  /** One sentence said when the routine starts or is suggested; it says the minutes and where it is done. */
  readonly summary: string;
  /** About how long it takes, as the summary says: shown on a screen beside the name. */
  readonly minutes: number;
  /** Where it is done, as the summary says: lying or kneeling on the floor, or sitting in a chair. */
  readonly place: 'floor' | 'chair';
  readonly steps: readonly StretchStep[];
}

export const ROUTINE_IDS = ['lower-back', 'upper-back-neck', 'quick'] as const;
export type RoutineId = (typeof ROUTINE_IDS)[number];

const kneeToChest = (side: 'left' | 'right'): StretchStep => ({
  name: 'knee to chest',
  purpose: 'It gently stretches your lower back and the buttock on that side, easing stiffness.',
  tip: 'Keep your head and shoulders relaxed on the floor, and pull only as far as is comfortable.',
  side,
  position:
    `Lie on your back with both knees bent and your feet flat. Bring your ${side} knee up toward your chest, ` +
    'and hold it with both hands just below the knee. Keep your other foot on the floor.',
  shortPosition: `Bring your ${side} knee toward your chest and hold it.`,
  cue: 'Gently pull it closer and breathe deeply. Ease off if anything hurts.',
  holdSeconds: 20,
  release: 'And release. Slowly lower your foot back to the floor.',
});

const doubleKneeToChest: StretchStep = {
  name: 'double knee to chest',
  purpose: 'It lengthens the muscles of your lower back and takes pressure off your lower spine.',
  tip: 'If your knees complain, hold behind your thighs instead.',
  side: 'both',
  position:
    'Lie on your back and bring both knees toward your chest. Wrap your hands or arms around them and gently ' +
    'pull them closer to you.',
  shortPosition: 'Bring both knees to your chest and hug them.',
  cue: 'Breathe deeply. If it feels good, rock gently from side to side, like a slow massage for your lower back.',
  holdSeconds: 30,
  release: 'And release. Lower one foot, then the other.',
};

const lowerBackRotation = (side: 'left' | 'right'): StretchStep => ({
  name: 'lower back rotation',
  purpose: 'It is a gentle twist that loosens the muscles along your lower back and the sides of your trunk.',
  tip: 'Keep both shoulders on the floor, and let your knees go only as far as is comfortable.',
  side,
  position:
    'Lie on your back with your knees bent and your feet flat, arms out to the sides. Keeping your shoulders ' +
    `on the floor, let both knees fall slowly to your ${side}.`,
  shortPosition: `Knees bent, let them fall slowly to your ${side}.`,
  cue: 'Turn your head the other way if that is comfortable, and breathe out as you relax. Stop if it pinches.',
  holdSeconds: 20,
  release: 'And bring your knees back to the middle.',
});

const catCow: StretchStep = {
  name: 'cat and cow',
  purpose: 'It moves your spine gently through its easy range, which loosens and warms up a stiff back.',
  tip: 'Move slowly with your breath, and keep the movement small if your back is sore.',
  side: 'none',
  position:
    'Come onto your hands and knees, hands under your shoulders and knees under your hips. Breathing out, ' +
    'round your back up toward the ceiling like a cat. Breathing in, let your belly drop and lift your head ' +
    'gently.',
  shortPosition: 'On hands and knees, round your back up, then let it dip.',
  cue: 'Keep moving slowly with your breath, round and dip, within a range that feels easy.',
  holdSeconds: 30,
  moving: true,
  release: 'And come back to a flat back.',
};

const childsPose: StretchStep = {
  name: "child's pose",
  purpose: 'It gently stretches your lower back and hips while you rest.',
  tip: 'A pillow under your knees or your chest can help you relax into it.',
  side: 'none',
  position:
    'Come onto your hands and knees. Sit your hips back toward your heels and reach your arms forward along ' +
    'the floor. Let your forehead rest down.',
  shortPosition: 'Sit your hips back toward your heels and reach your arms forward.',
  cue: 'Breathe into your lower back and let it soften. If your knees complain, put a pillow under them.',
  holdSeconds: 30,
  release: 'And slowly walk your hands back and come up to kneeling.',
};

const neckSideStretch = (side: 'left' | 'right'): StretchStep => ({
  name: 'neck side stretch',
  purpose: 'It eases tension in the sides of your neck and the tops of your shoulders.',
  tip: 'Keep your shoulders down and relaxed; there is no need to pull on your head.',
  side,
  position:
    `Sit tall with your shoulders relaxed. Slowly tip your ${side} ear toward your ${side} shoulder, without ` +
    'lifting the shoulder.',
  shortPosition: `Sitting tall, tip your ${side} ear toward your shoulder.`,
  cue: 'Let the opposite shoulder sink down. Breathe slowly, and back off if you feel any tingling.',
  holdSeconds: 20,
  release: 'And slowly bring your head back to the middle.',
});

const chinTuck: StretchStep = {
  name: 'chin tuck',
  purpose: 'It strengthens the muscles that hold your head upright, which helps after leaning toward a screen.',
  tip: 'Keep your eyes level, as if making a double chin, rather than nodding down.',
  side: 'none',
  position:
    'Sit or stand tall, looking straight ahead. Gently draw your chin straight back, as if making a double ' +
    'chin, until you feel a stretch at the back of your neck.',
  shortPosition: 'Look ahead and draw your chin straight back.',
  cue: 'Keep your eyes level and breathe normally.',
  holdSeconds: 20,
  release: 'And relax your neck.',
};

const shoulderRolls: StretchStep = {
  name: 'shoulder rolls',
  purpose: 'They loosen tight shoulders and upper back muscles and get the blood flowing.',
  tip: 'Make the circles slow and big, and breathe out as your shoulders roll down.',
  side: 'both',
  position:
    'Let your arms hang loose. Lift your shoulders up toward your ears, squeeze them back, then let them drop ' +
    'down. Keep rolling them slowly in big circles.',
  shortPosition: 'Roll your shoulders slowly up, back and down.',
  cue: 'Slow, easy circles, breathing in as they lift and out as they drop.',
  holdSeconds: 20,
  moving: true,
  release: 'And let your shoulders rest.',
};

const crossBodyShoulder = (side: 'left' | 'right'): StretchStep => ({
  name: 'cross body shoulder stretch',
  purpose: 'It stretches the back of your shoulder and the muscles between your shoulder blades.',
  tip: 'Hold your arm above or below the elbow, never on the joint, and keep your shoulder down.',
  side,
  position:
    `Bring your ${side} arm straight across your chest. With your other hand, hold it just above the elbow ` +
    'and draw it gently closer.',
  shortPosition: `Bring your ${side} arm across your chest and hold it.`,
  cue: 'Keep your shoulder down, away from your ear. Breathe, and ease off if it hurts.',
  holdSeconds: 20,
  release: 'And let the arm go.',
});

const upperBackStretch: StretchStep = {
  name: 'upper back stretch',
  purpose: 'It opens up the space between your shoulder blades, where desk tension often settles.',
  tip: 'Round your upper back gently and let your head drop forward a little.',
  side: 'both',
  position:
    'Clasp your hands in front of you at chest height. Push them forward, round your upper back, and let your ' +
    'head drop between your arms, as if hugging a big ball.',
  shortPosition: 'Clasp your hands, push them forward and round your upper back.',
  cue: 'Feel your shoulder blades spread apart. Breathe into your upper back.',
  holdSeconds: 20,
  release: 'And slowly roll back up to sitting tall.',
};

export const ROUTINES: Readonly<Record<RoutineId, Routine>> = {
  'lower-back': {
    id: 'lower-back',
    name: 'lower back',
    summary: 'seven gentle stretches on the floor for a stiff lower back, about six minutes',
    minutes: 6,
    place: 'floor',
    steps: [
      kneeToChest('left'),
      kneeToChest('right'),
      doubleKneeToChest,
      lowerBackRotation('left'),
      lowerBackRotation('right'),
      catCow,
      childsPose,
    ],
  },
  'upper-back-neck': {
    id: 'upper-back-neck',
    name: 'upper back and neck',
    summary: 'seven seated stretches for desk tension in your neck, shoulders and upper back, about five minutes',
    minutes: 5,
    place: 'chair',
    steps: [
      shoulderRolls,
      neckSideStretch('left'),
      neckSideStretch('right'),
      chinTuck,
      crossBodyShoulder('left'),
      crossBodyShoulder('right'),
      upperBackStretch,
    ],
  },
  quick: {
    id: 'quick',
    name: 'quick two minute',
    summary: 'four easy stretches in about two minutes, good for beginners',
    minutes: 2,
    place: 'floor',
    steps: [doubleKneeToChest, lowerBackRotation('left'), lowerBackRotation('right'), childsPose],
  },
};

export function isRoutineId(value: unknown): value is RoutineId {
  return typeof value === 'string' && (ROUTINE_IDS as readonly string[]).includes(value);
}

const STRETCH_NAMES: ReadonlySet<string> = new Set(Object.values(ROUTINES).flatMap((routine) => routine.steps.map((step) => step.name)));

/** Whether `value` names one of the stretches in the routines ("knee to chest"). */
export function isStretchName(value: unknown): value is string {
  return typeof value === 'string' && STRETCH_NAMES.has(value);
}

/** The different stretches of a routine, each named once, in order. */
export function stretchNames(routine: Routine): string[] {
  return [...new Set(routine.steps.map((step) => step.name))];
}
