import { dayIn } from '../../lambda/coach/calendar';
import { dayAtOffset, isCurrent, keptTimeZone, offsetAt, toKeptTimeZone } from '../../lambda/coach/time-zone';

describe('a kept time zone', () => {
  test('keeps the offset until daylight saving changes it, found to the minute', () => {
    // Chicago springs forward at 2 AM local on 8 March 2026, 08:00 UTC.
    const kept = keptTimeZone('America/Chicago', 'echo', new Date('2026-03-05T12:00:00Z'));
    expect(kept).toEqual({
      zone: 'America/Chicago',
      device: 'echo',
      checkedAt: '2026-03-05T12:00:00.000Z',
      offsetMinutes: -360,
      validUntil: '2026-03-08T08:00:00.000Z',
    });
    expect(isCurrent(kept, 'echo', new Date('2026-03-08T07:59:00Z'))).toBe(true);
    expect(isCurrent(kept, 'echo', new Date('2026-03-08T08:00:00Z'))).toBe(false);
  });

  test('without a change of offset, keeps it a week', () => {
    const kept = keptTimeZone('Asia/Kolkata', 'echo', new Date('2026-06-01T00:00:00Z'));
    expect(kept).toMatchObject({ offsetMinutes: 330, validUntil: '2026-06-08T00:00:00.000Z' });
  });

  test('counts the same day by its offset as Intl does in the zone, around midnight', () => {
    for (const iso of ['2026-03-10T10:59:00Z', '2026-03-10T11:00:00Z', '2026-07-01T04:59:00Z', '2026-07-01T05:00:00Z']) {
      const now = new Date(iso);
      for (const zone of ['Pacific/Auckland', 'America/Chicago', 'Asia/Kathmandu']) {
        expect(dayAtOffset(now, offsetAt(zone, now))).toBe(dayIn(now, zone));
      }
    }
  });

  test('from outside, is taken only whole and valid', () => {
    const kept = keptTimeZone('Europe/Paris', 'echo', new Date('2026-01-10T00:00:00Z'));
    expect(toKeptTimeZone(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(toKeptTimeZone({ ...kept, offsetMinutes: 5000 })).toBeUndefined();
    expect(toKeptTimeZone({ zone: kept.zone, device: kept.device, checkedAt: kept.checkedAt })).toBeUndefined();
    expect(toKeptTimeZone({ ...kept, zone: 'Mars/Olympus_Mons' })).toBeUndefined();
  });
});
