import { spokenList } from './prompts';
import { ROUTINES, stretchNames, type RoutineId } from './routines';

/**
 * Answers to the back-care questions in our FAQ, written for the ear: short sentences, about ninety words at
 * most, the FAQ's facts and figures kept. General information, not medical advice; answers that touch on warning
 * signs tell the user to see a doctor.
 */

/** What a yes to an answer's follow-up question does. */
export type Offer =
  | { readonly kind: 'routine'; readonly routineId: RoutineId }
  | { readonly kind: 'answer'; readonly topic: Topic }
  | { readonly kind: 'tip' };

export interface Answer {
  /** Card title in the Alexa app. */
  readonly title: string;
  readonly text: string;
  /** A short question asked after the answer when the session stays open; its yes does `offer`. */
  readonly followUp: string;
  readonly offer?: Offer;
}

export const TOPICS = [
  'tightBack',
  'tightBackCauses',
  'upperBackTightness',
  'upperBackTension',
  'walking',
  'walkingPain',
  'walkingSpasms',
  'stretchingBenefits',
  'chiropractor',
  'dailyHabits',
  'exerciseWithBackPain',
  'beginnerFlexibility',
  'warningSigns',
  'holdTime',
  'sleep',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The intent that asks each question; the interaction model defines them. */
export const TOPIC_INTENTS: Readonly<Record<Topic, string>> = {
  tightBack: 'TightBackIntent',
  tightBackCauses: 'TightBackCausesIntent',
  upperBackTightness: 'UpperBackTightnessIntent',
  upperBackTension: 'UpperBackTensionIntent',
  walking: 'WalkingIntent',
  walkingPain: 'WalkingPainIntent',
  walkingSpasms: 'WalkingSpasmsIntent',
  stretchingBenefits: 'StretchingBenefitsIntent',
  chiropractor: 'ChiropractorIntent',
  dailyHabits: 'DailyHabitsIntent',
  exerciseWithBackPain: 'ExerciseWithBackPainIntent',
  beginnerFlexibility: 'BeginnerFlexibilityIntent',
  warningSigns: 'WarningSignsIntent',
  holdTime: 'HoldTimeQuestionIntent',
  sleep: 'SleepIntent',
};

const GENTLE_STRETCH = 'Would you like me to talk you through a gentle stretch?';

export const ANSWERS: Readonly<Record<Topic, Answer>> = {
  tightBack: {
    title: 'What helps a tight back',
    text:
      'A tight back often eases with simple care at home. Try heat: it brings blood flow that relaxes the ' +
      'muscles and soothes aching joints. Ice works another way: it numbs pain and calms swelling. Keep moving ' +
      'gently rather than resting all day. Massage and relaxation, like slow deep breathing, help too, and a pain ' +
      'reliever from the pharmacy may take the edge off. If the pain is severe, or keeps getting worse, see a doctor.',
    followUp: GENTLE_STRETCH,
    offer: { kind: 'routine', routineId: 'lower-back' },
  },
  tightBackCauses: {
    title: 'What causes a tight back',
    text:
      'The usual suspects are a strained lower back muscle, called a lumbar strain, and arthritis in the lower ' +
      'spine. Stiffness often comes from a muscle spasm. When it starts suddenly, there is usually a clear ' +
      'trigger, like lifting something heavy the wrong way: the back muscles seize up and lock the back in place. ' +
      'If stiffness comes with numbness, weakness or fever, or follows a fall, see a doctor.',
    followUp: 'Would you like to hear what helps a tight back?',
    offer: { kind: 'answer', topic: 'tightBack' },
  },
  upperBackTightness: {
    title: 'Why the upper back gets tight',
    text:
      'Upper back tightness often starts in the shoulders. Stress, tension and overuse leave them tight and stiff, ' +
      'and that spreads to your neck and upper back. Poor posture plays a big part, like hunching over a desk or a ' +
      'phone. Overworked muscles can strain, and an injury to the muscles, ligaments or discs around the spine ' +
      'hurts too. Sometimes a nerve is pinched, for example by a herniated disc. If you feel numbness, tingling ' +
      'or weakness, see a doctor.',
    followUp: 'Would you like a guided stretch for your upper back and neck?',
    offer: { kind: 'routine', routineId: 'upper-back-neck' },
  },
  upperBackTension: {
    title: 'Easing upper back tension',
    text:
      'Gentle movement works best for upper back tension. Roll your shoulders slowly, tuck your chin to lengthen ' +
      'your neck, and stretch each arm across your chest. Sit tall with your shoulders relaxed, and take short ' +
      'breaks from your desk. I can talk you through an upper back and neck routine made for desk tension, and ' +
      'time every hold for you.',
    followUp: 'Shall we start it now?',
    offer: { kind: 'routine', routineId: 'upper-back-neck' },
  },
  walking: {
    title: 'Walking and low back pain',
    text:
      'Yes, for most people walking is one of the best things you can do. It can ease pain, speed healing, build ' +
      'strength and flexibility, and in the long run help keep the pain from coming back. In a 2004 study in The ' +
      'Spine Journal, a single session of exercise such as walking cut low back pain by 10 to 50 percent. Start ' +
      'with a short, easy walk and build up. After a walk, tell me how long it was and I will keep count.',
    followUp: 'Would you like a quick stretch to go with your walks?',
    offer: { kind: 'routine', routineId: 'quick' },
  },
  walkingPain: {
    title: 'When walking hurts your lower back',
    text:
      'The most common reason is postural stress. When you stand and walk, there is more pressure on your spine, ' +
      'and the lower back muscles can tighten and spasm, which hurts. A strain, where a muscle took more force ' +
      'than it could handle, is another cause. Try shorter walks, stand tall, and wear comfortable, supportive ' +
      'shoes. If the pain spreads down a leg, or comes with numbness or weakness, see a doctor.',
    followUp: 'Would you like a gentle lower back stretch?',
    offer: { kind: 'routine', routineId: 'lower-back' },
  },
  walkingSpasms: {
    title: 'Walking and back spasms',
    text:
      'It can help. Walking boosts endorphins, your body’s own pain-fighting hormones. So regular walks do more ' +
      'than keep you moving and able to do everyday things: they can also turn down long-term lower back pain. ' +
      'During a strong spasm, rest a little, then start with slow, short walks and build up. If a spasm is severe, ' +
      'or keeps coming back, see a doctor.',
    followUp: 'Would you like a gentle lower back stretch?',
    offer: { kind: 'routine', routineId: 'lower-back' },
  },
  stretchingBenefits: {
    title: 'Stretching for back pain',
    text:
      'Yes. Regular stretching of the muscles, tendons and ligaments that support your spine is part of every good ' +
      'back exercise program. It eases tension in those muscles, and that matters, because tight support muscles ' +
      'can make almost any kind of back pain worse. Stretching also improves your range of motion, so moving ' +
      'around gets easier. Go gently, breathe, and never stretch into sharp pain.',
    followUp: GENTLE_STRETCH,
    offer: { kind: 'routine', routineId: 'lower-back' },
  },
  chiropractor: {
    title: 'Chiropractic care',
    text:
      'Serious harm is rare, but feeling sore or stiff for a day or two afterwards is common. A 2008 study in The ' +
      'Spine Journal followed the chiropractic care of 192 people with back pain or sciatica, where a pinched nerve ' +
      'in the lower spine causes leg pain. The American Chiropractic Association says neck manipulation is quite ' +
      'safe. If you have numbness, weakness, osteoporosis, or pain after an injury, talk to your doctor first.',
    followUp: 'Is there anything else you would like to know?',
  },
  dailyHabits: {
    title: 'Daily habits for a healthy back',
    text:
      'A few daily habits go a long way. Sleep with a pillow under your knees. Work your core, since strong stomach ' +
      'and back muscles support your spine. Get enough calcium and vitamin D. Wear comfortable, supportive shoes. ' +
      'Stand up straight, and don’t slump over your desk. And mingle: get up and talk to people instead of sitting ' +
      'for hours.',
    followUp: 'Would you like today’s back care tip?',
    offer: { kind: 'tip' },
  },
  exerciseWithBackPain: {
    title: 'Exercising with back pain',
    text:
      'Usually, yes. Exercise is good for low back pain, but not every exercise helps. Gentle stretching, walking ' +
      'and core work are good places to start. A little mild discomfort at the start is normal, and it should fade ' +
      'as your muscles get stronger. If the pain is more than mild, stop. If that pain lasts more than 15 ' +
      'minutes, contact a doctor.',
    followUp: 'Would you like to try my quick two minute stretch routine?',
    offer: { kind: 'routine', routineId: 'quick' },
  },
  beginnerFlexibility: {
    title: 'Back flexibility for beginners',
    text:
      'Start small and be consistent: a few minutes every day beats a long session once a week. Move slowly, ' +
      'breathe deeply, and hold each stretch for 20 to 30 seconds without bouncing. You should feel a gentle ' +
      `pull, never pain. Good first stretches are the ${spokenList(stretchNames(ROUTINES.quick))}. I can guide you ` +
      `through them in my ${ROUTINES.quick.name} routine and time each hold for you.`,
    followUp: 'Want to try it now?',
    offer: { kind: 'routine', routineId: 'quick' },
  },
  warningSigns: {
    title: 'When to see a doctor',
    text:
      'Get medical help right away if you have numbness or weakness in your legs, trouble controlling your bladder ' +
      'or bowels, or a fever with back pain. Please see a doctor if your back pain follows a fall or an injury, if ' +
      'it is severe or keeps getting worse, or if it lasts more than a few weeks. I share general back care ' +
      'information, not medical advice, so a doctor is the right person to check this.',
    followUp: 'Is there anything else I can help with?',
  },
  holdTime: {
    title: 'How long to hold a stretch',
    text:
      'Hold each stretch for 20 to 30 seconds, breathing slowly, without bouncing. You should feel a gentle pull, ' +
      'never pain. In my routines I time every hold for you. To change how long, say hold for thirty seconds.',
    followUp: GENTLE_STRETCH,
    offer: { kind: 'routine', routineId: 'quick' },
  },
  sleep: {
    title: 'Sleeping with back pain',
    text:
      'Try sleeping on your back with a pillow under your knees. It takes some of the strain off your lower back. ' +
      'Get up slowly in the morning, and keep gently moving through the day. If pain keeps waking you at night, ' +
      'see a doctor.',
    followUp: 'Would you like today’s back care tip?',
    offer: { kind: 'tip' },
  },
};
