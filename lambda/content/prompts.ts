import type { Distance, WalkDayId } from '../coach/walks';
import type { Routine, StretchStep } from './routines';

/**
 * Everything the skill says that is not a FAQ answer, a routine step or a tip. Handlers pick from here and never
 * write prose themselves. Functions take only numbers and names the skill itself chose, never a user's words.
 */

const DISCLAIMER = 'I share general information, not medical advice. If your pain is severe, lasting or unusual, see a doctor.';

/** "a", "a and b", "a, b, and c". */
export const spokenList = (items: readonly string[]): string =>
  items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** A length of time as people say it: "45 minutes", "1 hour", "18 hours and 2 minutes". */
export function hoursAndMinutes(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return plural(minutes, 'minute');
  return minutes === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} and ${plural(minutes, 'minute')}`;
}

export const WELCOME = {
  firstTime:
    'Welcome to Back Care Coach. I can guide you through gentle stretches and time every hold, answer back care ' +
    'questions, and track your walks. This is general information, not medical advice.',
  returning: 'Welcome back to Back Care Coach.',
  /** When the user's progress can't be read, so the skill can't tell whether they are new. */
  unknown: 'Welcome to Back Care Coach.',
  streak: (days: number) => `You’re on a ${days} day streak. Nice going.`,
  tipIntro: 'Here’s today’s tip.',
  menu: 'You can say guide me through a stretch, give me a tip, or ask something like what helps a tight back. What would you like?',
  menuReprompt: 'Try saying guide me through a stretch, or ask what helps a tight back.',
  resumeOffer: (stretch: string, routine: string) =>
    `Last time you stopped at the ${stretch} in the ${routine} routine. Pick up where you left off?`,
  resumeReprompt: 'Would you like to pick up your stretch where you left off? Say yes or no.',
  /** "No" to picking up: the place stays saved. */
  resumeKept: 'OK, I’ll keep your place for later. Just say resume when you want it.',
} as const;

export const HELP = {
  general:
    'I’m your back care coach. Say guide me through a stretch for a timed routine, or pick one, like let’s do the ' +
    'upper back and neck routine. Ask me things like is walking good for back pain, or what causes upper back tightness. ' +
    'Tell me when you walk, like I walked for twenty minutes, and ask how am I doing. ' + DISCLAIMER + ' What would you like?',
  reprompt: 'What would you like to do? You can say guide me through a stretch.',
  duringStretch: (step: number, total: number, stretch: string) =>
    `You’re on stretch ${step} of ${total}, the ${stretch}. Say next, previous, repeat, pause, start over, or stop. ` +
    'Say tell me more for full instructions, or hold for thirty seconds to change the hold. Stop any stretch that hurts.',
} as const;

export const FALLBACK = {
  general:
    'Sorry, I can’t help with that. I can answer back care questions like is stretching good for back pain, guide ' +
    'you through a stretch, or log a walk. What would you like?',
  reprompt: 'You can say guide me through a stretch, or ask what helps a tight back.',
  duringStretch: (stretch: string) =>
    `Sorry, I didn’t catch that. You’re still on the ${stretch}. Say next to go on, repeat to hear it again, or stop to finish.`,
} as const;

export const GOODBYE = {
  general: 'Take care of your back. Goodbye!',
  /**
   * Mid-routine: how far the user got, and whether "resume" picks up there, or at the place another device saved
   * while this routine went on (`saved` names its routine), which is the one kept.
   */
  duringStretch: (step: number, total: number, routine: string, saved: boolean | { routine: string }) =>
    `Good work. You got to stretch ${step} of ${total} in the ${routine} routine. ` +
    (saved === true
      ? 'Next time, say resume to pick up there. '
      : saved
        ? `The place I’ve kept is the one in the ${saved.routine} routine, from your other device. `
        : '') +
    'Take care!',
} as const;

export const FOLLOW_UP = {
  /** After an answer or tip when the user is in the middle of a routine. */
  backToStretch: (stretch: string) => `When you’re ready, say next to go on from the ${stretch}.`,
  anythingElse: 'What else can I help with?',
  yesWithoutOffer: 'Sure. Ask me a back care question, or say guide me through a stretch.',
  noThanks: 'OK. Take care of your back. Goodbye!',
  /** Declining an offer in a session the user opened: it stays open. */
  whatElse: 'OK. What else?',
} as const;

/** "knee to chest, left side": a step as the skill names it. */
export function stepLabel(step: Pick<StretchStep, 'name' | 'side'>): string {
  const side = STRETCH.side[step.side];
  return side ? `${step.name}, ${side}` : step.name;
}

export const STRETCH = {
  start: (routine: string, summary: string) => `Let’s do the ${routine} routine: ${summary}.`,
  controls: 'You can say Alexa, next, or Alexa, pause, at any time.',
  stepTitle: (step: number, total: number, label: string) => `Stretch ${step} of ${total}: ${label}.`,
  side: { left: 'left side', right: 'right side', both: '', none: '' },
  holdFor: (seconds: number, moving = false) => `${moving ? 'Keep going' : 'Hold'} for ${seconds} seconds.`,
  encouragements: ['Keep breathing.', 'Relax into it.', 'Nice and easy.', 'Breathe slowly.', 'You’re doing well.'],
  secondsLeft: (seconds: number) => `${seconds === 10 ? 'Ten' : 'Five'} more seconds.`,
  handOff: (nextStretch: string) => `Next is the ${nextStretch}. Say next when you’re ready.`,
  handOffReprompt: (nextStretch: string) =>
    `Say next for the ${nextStretch}, repeat to do this one again, or stop to finish.`,
  finished: (routine: string) => `That’s the end of the ${routine} routine. Well done.`,
  finishedUnsaved: 'I couldn’t save this session just now, but your back still thanks you.',
  weekSessions: (count: number) => `That’s ${plural(count, 'session')} this week.`,
  afterFinish: 'Would you like a back care tip before you go?',
  afterFinishReprompt: 'Would you like a back care tip? Say yes or no.',
  firstStepAlready: 'This is the first stretch. Here it is again.',
  notInRoutine: 'There’s no stretch going right now. Say guide me through a stretch to start one.',
  notInRoutineSaved: (stretch: string, routine: string) =>
    `There’s no stretch going right now. Your ${routine} routine is saved at the ${stretch}. ` +
    'Say resume to pick it up, or guide me through a stretch to start one.',
  finishedAlready: (routine: string) =>
    `You’ve finished the ${routine} routine. Say start over to do it again, or guide me through a stretch for another.`,
  paused: (stretch: string, saved: boolean) =>
    `Paused on the ${stretch}. Say resume when you’re ready.` +
    (saved ? ' If I’ve stopped listening by then, say: Alexa, ask back care coach to resume.' : ''),
  pausedReprompt: 'Say resume to carry on, or stop to finish.',
  /** The step's title names the stretch next, so this doesn't. */
  resumeFrom: 'Picking up where you left off.',
  nothingToResume: 'There’s no stretch to pick up. Say guide me through a stretch to start one.',
  startingOver: 'Starting over from the top.',
  /** `names` has one entry a step, each side its own, so the count and the names agree. */
  left: (names: readonly string[], minutes: number, afterThisOne = true) =>
    names.length === 0
      ? 'This is the last stretch.'
      : `${plural(names.length, 'stretch', 'stretches')} left${afterThisOne ? ' after this one' : ''}, about ` +
        `${plural(minutes, 'minute')}: ${spokenList(names)}.`,
  /** A step in a list: "knee to chest on the right". */
  listed: (name: string, side: 'left' | 'right' | 'both' | 'none') =>
    side === 'left' || side === 'right' ? `${name} on the ${side}` : name,
  /** "Tell me more", "what is it for": no hold, no moving on. */
  about: (purpose: string, tip: string, howTo: string) => `${purpose} ${tip} ${howTo}`,
  choosePlace: 'Would you like to stretch lying on the floor, or sitting in a chair?',
  choosePlaceReprompt: 'Say on the floor, or in a chair. Or name a routine, like the quick routine.',
  /** After a place was chosen, how to switch to a shorter routine done in the same place. */
  shorterOne: (routine: string) => `For a shorter one, say the ${routine} routine.`,
  /** Each routine named the way the interaction model understands it, with its summary. */
  routinesList: (routines: readonly Pick<Routine, 'name' | 'summary'>[]) =>
    `I have ${routines.length} routines. ` +
    routines.map(({ name, summary }) => `The ${name} routine: ${summary}.`).join(' ') +
    ' Which one would you like?',
  routinesReprompt: 'Say the lower back routine, the upper back and neck routine, or the quick routine.',
  unknownRoutine:
    'I don’t have that routine. I have lower back, upper back and neck, and a quick two minute routine. Which would you like?',
  takeYourTime: 'No rush. Say next when you’re ready, or stop to finish.',
} as const;

export const PREFERENCES = {
  holdSet: (seconds: number) => `OK, I’ll time each hold for ${seconds} seconds.`,
  holdOutOfRange: 'I can time holds from 10 to 60 seconds. Try saying hold for thirty seconds.',
  paceSlow: 'OK, I’ll slow down and give you more time to get into each position.',
  paceNormal: 'OK, back to the normal pace.',
  paceUnknown: 'You can say go slower, or normal pace.',
  notSaved: 'I’ll use that for now, but couldn’t save it for next time.',
} as const;

/** A walk's distance as said before "walk": "3 mile", "2 and a half mile", "half mile", "10 kilometre". */
function distanceWords({ amount, unit }: Distance): string {
  const whole = Math.floor(amount);
  const rest = Math.round((amount - whole) * 10) / 10;
  const number = rest === 0.5 ? (whole === 0 ? 'half' : `${whole} and a half`) : String(Math.round(amount * 10) / 10);
  return `${number} ${unit}`;
}

/** When a walk was, after "your ... walk": nothing for today. */
const WALK_DAY_WORDS: Readonly<Record<WalkDayId, string>> = {
  today: '',
  yesterday: ' from yesterday',
  'day-before-yesterday': ' from the day before yesterday',
};

/** A walk as the skill describes it: "your 45 minute walk from yesterday", "your 2 mile walk". */
function yourWalk(walk: SpokenWalk): string {
  const when = walk.when ? WALK_DAY_WORDS[walk.when] : ' from an earlier day';
  if (walk.distance) return `your ${distanceWords(walk.distance)} walk${when}`;
  return walk.minutes < 60 ? `your ${walk.minutes} minute walk${when}` : `your walk of ${hoursAndMinutes(walk.minutes)}${when}`;
}

/** What the skill says about one walk: its length (or distance), and when it was, as a day the skill knows. */
export interface SpokenWalk {
  readonly minutes: number;
  readonly distance?: Distance;
  /** `undefined` for a day further back than the skill names. */
  readonly when: WalkDayId | undefined;
}

export const WALK = {
  logged: (walk: SpokenWalk, total: number) =>
    `Nice work. I’ve logged ${yourWalk(walk)}` +
    (walk.distance ? `, about ${hoursAndMinutes(walk.minutes)} at an easy pace. ` : '. ') +
    `That’s ${hoursAndMinutes(total)} of walking in all.`,
  notSaved: (minutes: number) =>
    `Good for you on the ${minutes} minute walk. I couldn’t save it just now, so please tell me again later.`,
  askDuration: 'How long did you walk? For example, say twenty minutes, or two miles.',
  askDurationReprompt: 'Tell me how long you walked, like twenty minutes.',
  tooLong: 'That’s longer than I can log. Tell me a walk of up to twelve hours.',
  confirmLong: (minutes: number) => `That’s a long walk: ${hoursAndMinutes(minutes)}. Shall I log it?`,
  confirmLongReprompt: (minutes: number) => `Shall I log a walk of ${hoursAndMinutes(minutes)}? Say yes or no.`,
  notLogged: 'OK, I haven’t logged it. How long was your walk?',
  onlyRecentDays: 'I can log walks from today, yesterday, or the day before. When was your walk, and how long?',
  undone: (walk: SpokenWalk, total: number) =>
    `OK, I’ve taken off ${yourWalk(walk)}. That’s ${hoursAndMinutes(total)} of walking in all.`,
  nothingToUndo: 'There’s no walk to take back. Tell me about a walk, like I walked for twenty minutes.',
  undoNotSaved: 'I couldn’t take that walk off just now. Please try again in a little while.',
} as const;

export const PROGRESS = {
  nothingYet: 'You haven’t logged anything yet. Finish a stretch routine, or tell me about a walk, and your streak begins.',
  sessionsThisWeek: (count: number) =>
    count === 0 ? 'No stretch sessions yet this week.' : `You’ve done ${plural(count, 'stretch session')} this week.`,
  walking: (walks: number, minutes: number) =>
    walks === 0 ? '' : `You’ve logged ${plural(walks, 'walk')}, ${hoursAndMinutes(minutes)} of walking in all.`,
  /** Only a streak still alive is cheered on; a broken one points to how a new one starts. */
  streak: (current: number, best: number) =>
    current === 0
      ? best === 0
        ? 'A stretch or a walk today starts your streak.'
        : `Your best streak is ${plural(best, 'day')}. A stretch or a walk today starts a new one.`
      : current >= best
        ? `You’re on a ${current} day streak, your best yet. Keep it up!`
        : `You’re on a ${current} day streak, and your best is ${plural(best, 'day')}. Keep it up!`,
  unavailable: 'I can’t reach your progress right now. Please ask me again in a little while.',
} as const;

export const TIP = {
  intro: 'Here’s a back care tip.',
  todays: 'Today’s tip was this one.',
} as const;

export const ERRORS = {
  apology: 'Sorry, something went wrong on my end. Please try that again, or say help.',
  reprompt: 'You can say help to hear what I can do.',
} as const;
