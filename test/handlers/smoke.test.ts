import { Conversation, resolved } from '../fixtures/conversation';
import { startTestSkill, type TestSkill } from '../fixtures/skill';

let skill: TestSkill;
beforeAll(async () => {
  skill = await startTestSkill();
});
afterAll(() => skill.stop());

test('a launched user hears the welcome and a stretch starts on yes', async () => {
  const user = new Conversation(skill);
  const welcome = await user.launch();
  expect(welcome.text).toMatch(/Welcome to Back Care Coach/);
  const guide = await user.say('StretchGuideIntent', { routine: resolved('quick', 'quick') });
  expect(guide.text).toMatch(/quick two minute routine/);
  expect(guide.ended).toBe(false);
});
