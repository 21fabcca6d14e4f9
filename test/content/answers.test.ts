import { ANSWERS, TOPIC_INTENTS, TOPICS, type Topic } from '../../lambda/content/answers';
import { ROUTINE_IDS, ROUTINES } from '../../lambda/content/routines';

const words = (text: string) => text.trim().split(/\s+/).length;

/** What each answer must keep from the FAQ, as a listener would hear it. */
const KEY_FACTS: Readonly<Record<Topic, readonly RegExp[]>> = {
  tightBack: [/heat/i, /ice/i, /massage/i, /relax/i, /moving/i, /pain reliever/i],
  tightBackCauses: [/lumbar strain/i, /arthritis/i, /spasm/i, /lifting something heavy/i],
  upperBackTightness: [/shoulders/i, /stress/i, /overuse/i, /posture/i, /herniated disc/i],
  upperBackTension: [/shoulders/i, /neck/i, /talk you through/i, /time every hold/i],
  walking: [/2004/, /Spine Journal/, /10 to 50 percent/, /single session/i],
  walkingPain: [/postural stress/i, /pressure on your spine/i, /strain/i],
  walkingSpasms: [/endorphins/i, /pain-fighting hormones/i],
  stretchingBenefits: [/muscles, tendons and ligaments/i, /tension/i, /range of motion/i],
  chiropractor: [/^Serious harm is rare/, /sore or stiff for a day or two/, /2008/, /192/, /sciatica/i, /doctor first/],
  dailyHabits: [/pillow under your knees/i, /core/i, /calcium and vitamin D/i, /shoes/i, /slump/i, /mingle/i],
  exerciseWithBackPain: [/If the pain is more than mild, stop\./, /lasts more than 15 minutes, contact a doctor/],
  beginnerFlexibility: [/20 to 30 seconds/, /breathe/i, /never pain/i, /guide you/i],
  warningSigns: [/^Get medical help right away/, /see a doctor/i, /numbness or weakness/i, /not medical advice/i],
  holdTime: [/20 to 30 seconds/, /never pain/i],
  sleep: [/pillow under your knees/i],
};

describe('FAQ answers', () => {
  test.each(TOPICS)('the %s answer keeps the FAQ’s facts and figures', (topic) => {
    for (const fact of KEY_FACTS[topic]) expect(ANSWERS[topic].text).toMatch(fact);
  });

  test.each(TOPICS)('the %s answer is at most ninety words, for the ear', (topic) => {
    expect(words(ANSWERS[topic].text)).toBeLessThanOrEqual(90);
  });

  test.each(TOPICS)('the %s answer never points at a link, a click or a video', (topic) => {
    const { text, followUp, title } = ANSWERS[topic];
    for (const said of [text, followUp, title]) {
      expect(said).not.toMatch(/http|www\.|\bclick|\bvideo|\bwatch|\bclip\b|youtube/i);
    }
  });

  test.each(TOPICS)('the %s answer follows up with a short question', (topic) => {
    const { followUp } = ANSWERS[topic];
    expect(followUp).toMatch(/\?$/);
    expect(words(followUp)).toBeLessThanOrEqual(15);
  });

  test('answers about pain that is severe, lasting or unusual tell the user to see a doctor', () => {
    for (const topic of ['tightBack', 'tightBackCauses', 'walkingPain', 'walkingSpasms', 'exerciseWithBackPain', 'warningSigns'] as const) {
      expect(ANSWERS[topic].text).toMatch(/(see|contact|talk to) (a|your) doctor/i);
    }
  });

  test('where the FAQ points at a video, the answer offers a guided stretch instead', () => {
    expect(ANSWERS.upperBackTension.offer).toEqual({ kind: 'routine', routineId: 'upper-back-neck' });
    expect(ANSWERS.beginnerFlexibility.offer).toEqual({ kind: 'routine', routineId: 'quick' });
  });

  test('every offer leads somewhere that exists', () => {
    for (const topic of TOPICS) {
      const offer = ANSWERS[topic].offer;
      if (offer?.kind === 'routine') expect(ROUTINE_IDS).toContain(offer.routineId);
      if (offer?.kind === 'answer') {
        expect(TOPICS).toContain(offer.topic);
        expect(offer.topic).not.toBe(topic);
      }
    }
  });

  test('every topic has its own question intent', () => {
    const intents = TOPICS.map((topic) => TOPIC_INTENTS[topic]);
    expect(new Set(intents).size).toBe(TOPICS.length);
    for (const intent of intents) expect(intent).toMatch(/^[A-Z]\w+Intent$/);
  });

  test('an answer names only stretches that the routine it offers contains', () => {
    // Longest first, so "double knee to chest" is not also heard as "knee to chest".
    const stretches = [...new Set(Object.values(ROUTINES).flatMap((routine) => routine.steps.map((step) => step.name)))]
      .sort((a, b) => b.length - a.length);
    for (const topic of TOPICS) {
      const { text, offer } = ANSWERS[topic];
      let unheard = text.toLowerCase();
      const named = stretches.filter((name) => {
        if (!unheard.includes(name)) return false;
        unheard = unheard.replaceAll(name, ' ');
        return true;
      });
      const offered = offer?.kind === 'routine' ? ROUTINES[offer.routineId].steps.map((step) => step.name) : [];
      expect({ topic, outsideTheRoutine: named.filter((name) => !offered.includes(name)) }).toEqual({ topic, outsideTheRoutine: [] });
    }
  });

  test('every answer has a card title', () => {
    for (const topic of TOPICS) expect(ANSWERS[topic].title.length).toBeGreaterThan(0);
  });
});
