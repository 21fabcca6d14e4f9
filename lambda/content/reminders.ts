/**
 * What the skill says about the daily stretch reminder. Times are spoken as the skill formats them ("7 AM",
 * "6:30 PM"), never as the user said them. Consent must name the time and say it repeats every day.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/alexa-reminders-guidelines-for-usage.html
 */
export const REMINDER = {
  /** What Alexa says when the reminder goes off, in the user's locale. */
  alertText: 'Time for your back stretch. Say: Alexa, open back care coach.',
  askConsent: (time: string) => `Would you like me to remind you to stretch every day at ${time}? It repeats daily until you cancel it.`,
  askMove: (from: string, to: string) =>
    `Your stretch reminder is at ${from} every day. Would you like me to move it to ${to}, every day?`,
  consentReprompt: (time: string) => `Shall I remind you to stretch every day at ${time}? Say yes or no.`,
  /** After a finished routine, for a user without a reminder. */
  offerAfterRoutine: (time: string) =>
    `Would you like me to remind you to stretch every day at this time, ${time}? It repeats daily until you cancel it.`,
  /** Mid-routine, where yes and no move the stretch on, the consent question waits. */
  afterRoutine: 'Let’s finish this routine first. Then say remind me to stretch, and the time.',
  askTime: 'What time each day? For example, say remind me to stretch at seven AM.',
  askTimeReprompt: 'Say a time, like remind me to stretch at seven AM.',
  set: (time: string) => `OK, I’ll remind you to stretch every day at ${time}. Say cancel my reminder to stop it.`,
  moved: (time: string) => `OK, your stretch reminder is now at ${time}, every day.`,
  sameTime: (time: string) => `Your stretch reminder is already at ${time}, every day.`,
  declined: 'OK, no reminder.',
  permissionDenied:
    'OK, I won’t set a reminder. If you change your mind, allow reminders for Back Care Coach in the Alexa app, then ask me again.',
  permissionCard:
    'I can’t ask for the reminders permission by voice here, so I’ve sent a card to your Alexa app. Allow reminders there, then ask me again.',
  cardTitle: 'Allow reminders',
  failed: 'Sorry, I couldn’t change your reminder just now. Please try again later.',
  cancelled: 'OK, I’ve cancelled your stretch reminder.',
  /** The permission was taken back, so the reminder can't be cancelled by the skill. */
  cancelPermissionDenied:
    'OK. Without that permission I can’t cancel your reminder, but you can delete it in the Alexa app, under reminders.',
  notChanged: 'OK, I haven’t changed your reminder.',
  noneToCancel: 'You don’t have a stretch reminder. To set one, say remind me to stretch at seven AM.',
  when: (time: string) => `Your stretch reminder is every day at ${time}. Say move my reminder to change it, or cancel my reminder.`,
  none: 'You don’t have a stretch reminder yet. To set one, say remind me to stretch every day at seven AM.',
} as const;
