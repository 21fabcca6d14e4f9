/**
 * What the skill says when something is wrong with someone's body: calm, short, and with the most urgent thing
 * first. None of these answers offers a stretch, times a hold, or ends on a cheerful note. The skill never stores
 * or logs that one was given.
 */

/**
 * The number to call in an emergency, by the device's locale. A locale missing here hears "your local emergency
 * number" instead of a number that may be wrong where they are.
 */
export const EMERGENCY_NUMBERS: Readonly<Record<string, string>> = {
  'en-US': '911',
  'en-CA': '911',
  'en-GB': '999',
  'en-IE': '112',
  'en-AU': '000',
  'en-NZ': '111',
  'en-IN': '112',
};

export function emergencyNumber(locale: string | undefined): string {
  return (locale && EMERGENCY_NUMBERS[locale]) || 'your local emergency number';
}

const NOT_ADVICE = 'I’m not a doctor, and I can’t check this for you.';

export const SAFETY = {
  /**
   * Loss of bladder or bowel control, numbness in the groin, legs suddenly weak or numb, chest pain or trouble
   * breathing, a bad fall, stuck on the floor: call for help first, everything else after.
   */
  emergency: (number: string) =>
    `Please call ${number} now for emergency help. ` +
    'These signs need a doctor straight away, so don’t wait, and don’t try to stretch. ' +
    'If someone is nearby, ask them to stay with you. Take care.',
  /** Fever with back pain, or pain so bad they cannot move: urgent care, with the emergency number if it gets worse. */
  urgent: (number: string) =>
    `Please get urgent medical help now: call your doctor straight away, or ${number} if you can’t get up or it’s getting worse. ` +
    'Don’t try to stretch. Lie or sit in whatever position eases it, and if someone is nearby, ask them to help. Take care.',
  /** Tingling, pins and needles, numbness, weakness or pain shooting down a leg, in a routine. */
  nerveSignsInRoutine:
    'Let’s stop the routine here. Tingling, numbness, weakness or pain that shoots down a leg can mean a nerve is ' +
    'irritated, and stretching on could make it worse. Ease out of the position slowly. Please get it ' +
    'checked by a doctor, and promptly if it doesn’t pass. Take care.',
  nerveSigns:
    'Tingling, numbness, weakness or pain that shoots down a leg can mean a nerve is irritated, so please don’t ' +
    'stretch for now. Get it checked by a doctor, and promptly if it doesn’t pass. ' +
    NOT_ADVICE +
    ' Take care.',
  /** Pain during a stretch: the hold stops, and three ways on. */
  painInRoutine: (stretch: string) =>
    `Let’s stop the ${stretch} there. Ease out of it slowly and gently, and rest. Never push through pain. ` +
    'You can say skip this one, go gentler for shorter holds, or stop for today.',
  painChoiceReprompt: 'Say skip this one, go gentler, or stop for today.',
  /** Pain outside a routine: stop what hurts, and when to see a doctor. */
  pain:
    'If something hurts, stop, and ease out of any position slowly. Never push through pain. If the pain is ' +
    'severe, getting worse, or doesn’t settle, please see a doctor.',
  painReprompt: 'Take your time. Say stop when you’re finished.',
  /** Pregnancy, recent surgery, a joint replacement, osteoporosis, a recent injury. */
  caution:
    'Please check with your doctor, midwife or physiotherapist before doing these stretches. Gentle walking is ' +
    'usually fine. If you do choose a routine, go gently, and stop if anything hurts.',
  cautionReprompt: 'What else can I help with?',
  /** After "skip this one" following pain. */
  skipped: (stretch: string) =>
    `OK, we’ll skip the ${stretch}. Would you like me to leave it out of your routines from now on?`,
  skippedReprompt: (stretch: string) => `Shall I leave the ${stretch} out of your routines from now on? Say yes or no.`,
  leftOut: (stretch: string) => `Done. I’ll leave the ${stretch} out from now on.`,
  leftOutUnsaved: 'I’ll leave it out for now, but couldn’t save that for next time.',
  keptIn: 'OK, it stays in.',
  gentler: 'OK, gentler from here, with shorter holds. Ease off whenever you need to.',
  /** Said at the start of every routine. */
  stopIfItHurts: 'Stop if anything hurts.',
} as const;
