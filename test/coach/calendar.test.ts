import { addDays, dayIn, isDay, isTimeZone } from '../../lambda/coach/calendar';

describe('calendar days', () => {
  test('the same instant is a different day in Auckland than in UTC around midnight UTC', () => {
    const lateEvening = new Date('2026-03-10T11:30:00Z');
    expect(dayIn(lateEvening, 'UTC')).toBe('2026-03-10');
    expect(dayIn(lateEvening, 'Pacific/Auckland')).toBe('2026-03-11');
    expect(dayIn(new Date('2026-03-10T04:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-09');
  });

  test('days move across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-10', -13)).toBe('2026-02-25');
  });

  test('only real IANA zones are time zones', () => {
    expect(isTimeZone('Pacific/Auckland')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  test('a day is written YYYY-MM-DD', () => {
    expect(isDay('2026-03-10')).toBe(true);
    for (const value of ['2026-3-10', '10/03/2026', '2026-13-45', '', 20260310, undefined]) expect(isDay(value)).toBe(false);
  });
});
