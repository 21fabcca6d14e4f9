import { parseSpokenNumber } from './spoken-numbers';

/**
 * Spoken times of day, resolved the way Alexa fills an `AMAZON.TIME` slot with an exact time: "seven" → `07:00`,
 * "9 pm" → `21:00`, "half past six" → `06:30`, "quarter to eight in the evening" → `19:45`, "noon" → `12:00`; the
 * part of the day alone ("morning") is Alexa's `MO`, `AF`, `EV` or `NI`. Takes the words of one span (lower case,
 * punctuation removed, so "9:30" arrives as `9 30`) and resolves all of it or nothing.
 * @see https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html#time
 */
export function parseSpokenTime(span: readonly string[]): string | undefined {
  const words = [...span];
  if (words.length === 1 && PARTS_OF_DAY[words[0]!]) return PARTS_OF_DAY[words[0]!];
  if (words.length === 1 && (words[0] === 'noon' || words[0] === 'midday')) return '12:00';
  if (words.length === 1 && words[0] === 'midnight') return '00:00';

  let afternoon: boolean | undefined;
  const tail = words.slice(-3).join(' ');
  for (const [suffix, pm] of SUFFIXES) {
    if (tail === suffix || tail.endsWith(` ${suffix}`)) {
      afternoon = pm;
      words.splice(words.length - suffix.split(' ').length);
      break;
    }
  }
  if (words.at(-1) === "o'clock" || words.at(-1) === 'oclock') words.pop();

  const time = clockTime(words);
  if (!time) return undefined;
  let { hour } = time;
  if (afternoon === true && hour < 12) hour += 12;
  if (afternoon === false && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

const PARTS_OF_DAY: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };

/** Words after the time that say which half of the day it is. */
const SUFFIXES: readonly (readonly [string, boolean])[] = [
  ['in the morning', false],
  ['in the afternoon', true],
  ['in the evening', true],
  ['at night', true],
  ['a m', false],
  ['p m', true],
  ['am', false],
  ['pm', true],
];

const hourOf = (words: readonly string[]) => {
  const hour = parseSpokenNumber(words);
  return hour !== undefined && Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : undefined;
};

/** "seven", "six thirty", "6 30", "half past six", "quarter to eight", "ten past nine": hour and minute. */
function clockTime(words: readonly string[]): { hour: number; minute: number } | undefined {
  const past = words.indexOf('past');
  const to = words.indexOf('to');
  const link = past >= 0 ? past : to;
  if (link > 0) {
    const before = words.slice(0, link);
    const minutes = before.join(' ') === 'half' ? 30 : /^(a )?quarter$/.test(before.join(' ')) ? 15 : parseSpokenNumber(before.filter((w) => w !== 'minutes'));
    const hour = hourOf(words.slice(link + 1));
    if (minutes === undefined || hour === undefined || minutes <= 0 || minutes >= 60) return undefined;
    return past >= 0 ? { hour, minute: minutes } : { hour: (hour + 23) % 24, minute: 60 - minutes };
  }
  const whole = hourOf(words);
  if (whole !== undefined) return { hour: whole, minute: 0 };
  for (let split = 1; split < words.length; split += 1) {
    const hour = hourOf(words.slice(0, split));
    const rest = words.slice(split);
    const minute = rest[0] === 'oh' ? parseSpokenNumber(rest.slice(1)) : parseSpokenNumber(rest);
    if (hour !== undefined && minute !== undefined && Number.isInteger(minute) && minute >= 0 && minute < 60) return { hour, minute };
  }
  return undefined;
}
