import { TIPS } from '../../lambda/content/tips';

describe('back care tips', () => {
  test('there are thirteen tips, each with its own id', () => {
    expect(TIPS).toHaveLength(13);
    expect(new Set(TIPS.map((tip) => tip.id)).size).toBe(TIPS.length);
    for (const tip of TIPS) expect(tip.id).toMatch(/^[a-z0-9-]+$/);
  });

  test.each(TIPS.map((tip) => [tip.id, tip.text]))('the %s tip is at most forty words', (_id, text) => {
    expect(text.trim().split(/\s+/).length).toBeLessThanOrEqual(40);
  });

  test('no tip points at a link, a click or a video', () => {
    for (const tip of TIPS) expect(tip.text).not.toMatch(/http|www\.|\bclick|\bvideo|\bwatch/i);
  });

  test('no two tips say the same thing', () => {
    expect(new Set(TIPS.map((tip) => tip.text)).size).toBe(TIPS.length);
  });
});
