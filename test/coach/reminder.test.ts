import { dailyReminderRequest, offersReminder, spokenTime, timeOfDayIn, toClockTime } from '../../lambda/coach/reminder';

describe('the reminder time', () => {
  test.each([
    ['07:00', '7 AM'],
    ['18:30', '6:30 PM'],
    ['00:05', '12:05 AM'],
    ['12:00', 'noon'],
    ['00:00', 'midnight'],
    ['12:45', '12:45 PM'],
  ])('%s is said "%s"', (time, spoken) => {
    expect(spokenTime(time)).toBe(spoken);
  });

  test('only an exact time of day is taken from AMAZON.TIME, not a part of the day', () => {
    expect(['07:00', '23:59'].map(toClockTime)).toEqual(['07:00', '23:59']);
    expect(['MO', 'EV', '24:00', '7:00', '', undefined, 700].map(toClockTime)).toEqual(Array(7).fill(undefined));
  });

  test('"this time" is the local time to the nearest five minutes', () => {
    expect(timeOfDayIn(new Date('2026-03-10T23:33:00Z'), 'America/Chicago')).toBe('18:35');
    expect(timeOfDayIn(new Date('2026-03-10T23:32:00Z'), 'UTC')).toBe('23:30');
    expect(timeOfDayIn(new Date('2026-03-10T11:58:00Z'), 'Pacific/Auckland')).toBe('01:00');
  });
});

describe('the reminder request', () => {
  const base = { now: new Date('2026-03-10T14:00:00Z'), locale: 'en-GB', text: 'Time to stretch.' };

  test('repeats daily at the time in the device’s zone, from today when the time is still to come there', () => {
    const request = dailyReminderRequest({ ...base, time: '21:00', timeZone: 'America/Chicago' });
    expect(request.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'America/Chicago',
      recurrence: { startDateTime: '2026-03-10T21:00:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=21;BYMINUTE=0;BYSECOND=0;INTERVAL=1'] },
    });
    expect(request.alertInfo).toEqual({ spokenInfo: { content: [{ locale: 'en-GB', text: 'Time to stretch.' }] } });
  });

  test('starts tomorrow when the time has passed, and leaves the zone to Alexa when the skill does not know it', () => {
    const request = dailyReminderRequest({ ...base, time: '06:15' });
    expect(request.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      recurrence: { startDateTime: '2026-03-11T06:15:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=6;BYMINUTE=15;BYSECOND=0;INTERVAL=1'] },
    });
  });
});

test('a reminder is offered after the first and the third finished routine, and never to a user who has one', () => {
  expect([1, 2, 3, 4, 10].map((n) => offersReminder(n, undefined))).toEqual([true, false, true, false, false]);
  expect(offersReminder(1, { alertToken: 'a', time: '07:00' })).toBe(false);
});
