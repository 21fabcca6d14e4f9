/**
 * Spoken numbers and durations, resolved the way Alexa fills `AMAZON.NUMBER` and `AMAZON.DURATION` slots:
 * "thirty five" → `35`, "an hour and a half" → `PT1H30M`.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/slot-type-reference.html
 *
 * Every function takes the words of one span (already lower case, punctuation removed) and resolves the whole
 * span or nothing, so the NLU can try each span of an utterance against a slot.
 */

const SMALL = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
} as const satisfies Record<string, number>;

const TENS = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
} as const satisfies Record<string, number>;

const LARGE_SCALES = { thousand: 1_000, million: 1_000_000 } as const satisfies Record<string, number>;

function lookup(table: Readonly<Record<string, number>>, word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

const DIGITS = /^\d+(?:\.\d+)?$/;

/** The kind of the word just read, which decides what may follow it. */
type Previous = 'start' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'and';

/**
 * Resolves a whole span of words to a number: digits ("25", "2.5") or English number words up to the millions
 * ("thirty five", "a hundred", "one hundred and twenty", "fifteen hundred", "two thousand and five", "minus three").
 * Two numbers in a row ("five six") are not one number.
 */
export function parseSpokenNumber(words: readonly string[]): number | undefined {
  const [first, ...rest] = words;
  if (first === undefined) return undefined;
  if (first === 'minus' || first === 'negative') {
    const magnitude = parseSpokenNumber(rest);
    return magnitude === undefined ? undefined : -magnitude;
  }
  if (rest.length === 0 && DIGITS.test(first)) return Number(first);

  let total = 0;
  let current = 0; // the part below the last thousand/million
  let largestScale = Number.POSITIVE_INFINITY;
  let previous: Previous = 'start';
  for (const word of words) {
    const unit = lookup(SMALL, word);
    const tens = lookup(TENS, word);
    const scale = lookup(LARGE_SCALES, word);
    if (word === 'a') {
      if (previous !== 'start') return undefined;
      previous = 'a';
    } else if (word === 'and') {
      if (previous !== 'hundred' && previous !== 'scale') return undefined;
      previous = 'and';
    } else if (unit !== undefined) {
      if (previous === 'unit' || previous === 'a') return undefined;
      if (previous === 'tens' ? unit === 0 || unit > 9 : current % 100 !== 0) return undefined;
      current += unit;
      previous = 'unit';
    } else if (tens !== undefined) {
      if (previous === 'unit' || previous === 'tens' || previous === 'a' || current % 100 !== 0) return undefined;
      current += tens;
      previous = 'tens';
    } else if (word === 'hundred') {
      if (previous === 'a') current = 1;
      else if ((previous !== 'unit' && previous !== 'tens') || current >= 100) return undefined;
      current *= 100;
      previous = 'hundred';
    } else if (scale !== undefined) {
      if (previous === 'a') current = 1;
      else if (previous === 'start' || previous === 'and' || previous === 'scale' || current === 0) return undefined;
      if (scale >= largestScale) return undefined;
      total += current * scale;
      current = 0;
      largestScale = scale;
      previous = 'scale';
    } else {
      return undefined;
    }
  }
  if (previous === 'a' || previous === 'and') return undefined;
  return total + current;
}

/** Units a duration may be spoken in, and where each goes in an ISO 8601 duration. */
const UNITS = {
  second: 'S', seconds: 'S', sec: 'S', secs: 'S',
  minute: 'MIN', minutes: 'MIN', min: 'MIN', mins: 'MIN',
  hour: 'H', hours: 'H', hr: 'H', hrs: 'H',
  day: 'D', days: 'D',
  week: 'W', weeks: 'W',
  month: 'MON', months: 'MON',
  year: 'Y', years: 'Y',
} as const satisfies Record<string, string>;

type Unit = (typeof UNITS)[keyof typeof UNITS];

/** How a fraction of a unit is carried into the next smaller unit: half an hour is thirty minutes. */
const SMALLER: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  Y: { unit: 'MON', factor: 12 },
  W: { unit: 'D', factor: 7 },
  D: { unit: 'H', factor: 24 },
  H: { unit: 'MIN', factor: 60 },
  MIN: { unit: 'S', factor: 60 },
};

type Amounts = Partial<Record<Unit, number>>;

function unitAt(words: readonly string[], index: number): Unit | undefined {
  const word = words[index];
  return word !== undefined && Object.prototype.hasOwnProperty.call(UNITS, word)
    ? UNITS[word as keyof typeof UNITS]
    : undefined;
}

function add(amounts: Amounts, unit: Unit, quantity: number): void {
  const whole = Math.floor(quantity);
  const fraction = quantity - whole;
  if (whole > 0) amounts[unit] = (amounts[unit] ?? 0) + whole;
  if (fraction > 0) {
    const smaller = SMALLER[unit];
    if (smaller) add(amounts, smaller.unit, fraction * smaller.factor);
    else amounts[unit] = (amounts[unit] ?? 0) + fraction;
  }
}

function startsWith(words: readonly string[], index: number, phrase: readonly string[]): boolean {
  return phrase.every((word, offset) => words[index + offset] === word);
}

/** Fractions spoken before a unit: "half an hour", "a quarter of an hour", "three quarters of an hour". */
const FRACTIONS: ReadonlyArray<{ words: readonly string[]; value: number }> = [
  { words: ['three', 'quarters', 'of', 'an'], value: 0.75 },
  { words: ['three', 'quarters', 'of', 'a'], value: 0.75 },
  { words: ['a', 'quarter', 'of', 'an'], value: 0.25 },
  { words: ['a', 'quarter', 'of', 'a'], value: 0.25 },
  { words: ['quarter', 'of', 'an'], value: 0.25 },
  { words: ['quarter', 'of', 'a'], value: 0.25 },
  { words: ['half', 'an'], value: 0.5 },
  { words: ['half', 'a'], value: 0.5 },
  { words: ['a', 'half'], value: 0.5 },
  { words: ['half'], value: 0.5 },
];

const AND_A_HALF = ['and', 'a', 'half'] as const;

/**
 * Parses the duration components from `index` to the end, trying each reading until one consumes every word.
 * Returns undefined when the words are not a duration.
 */
function parseComponents(words: readonly string[], index: number): Array<[Unit, number]> | undefined {
  if (index === words.length) return [];
  const readings: Array<{ unit: Unit; quantity: number; next: number }> = [];

  for (const fraction of FRACTIONS) {
    if (!startsWith(words, index, fraction.words)) continue;
    const unit = unitAt(words, index + fraction.words.length);
    if (unit) readings.push({ unit, quantity: fraction.value, next: index + fraction.words.length + 1 });
  }
  // "an hour", "twenty minutes", "two and a half hours", "an hour and a half", "90 seconds".
  for (let end = words.length; end > index; end -= 1) {
    const span = words.slice(index, end);
    const quantity = span.length === 1 && (span[0] === 'a' || span[0] === 'an') ? 1 : parseSpokenNumber(span);
    if (quantity === undefined || quantity < 0) continue;
    let cursor = end;
    let extra = 0;
    if (startsWith(words, cursor, AND_A_HALF)) {
      extra = 0.5;
      cursor += AND_A_HALF.length;
    }
    const unit = unitAt(words, cursor);
    if (!unit) continue;
    cursor += 1;
    if (extra === 0 && startsWith(words, cursor, AND_A_HALF)) {
      extra = 0.5;
      cursor += AND_A_HALF.length;
    }
    readings.push({ unit, quantity: quantity + extra, next: cursor });
  }

  for (const reading of readings) {
    let next = reading.next;
    if (next < words.length && (words[next] === 'and' || words[next] === 'plus')) next += 1;
    if (next === reading.next || next < words.length) {
      const rest = parseComponents(words, next);
      if (rest) return [[reading.unit, reading.quantity], ...rest];
    }
  }
  return undefined;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
}

/**
 * Resolves a whole span of words to an ISO 8601 duration as Alexa's `AMAZON.DURATION` does:
 * "twenty minutes" → `PT20M`, "half an hour" → `PT30M`, "an hour and a half" → `PT1H30M`, "ten seconds" → `PT10S`,
 * "two days" → `P2D`. Units keep the size the user said them in ("90 minutes" → `PT90M`).
 */
export function parseSpokenDuration(words: readonly string[]): string | undefined {
  const components = parseComponents(words, 0);
  if (!components || components.length === 0) return undefined;
  const amounts: Amounts = {};
  for (const [unit, quantity] of components) add(amounts, unit, quantity);
  const part = (unit: Unit, letter: string): string => (amounts[unit] ? `${format(amounts[unit])}${letter}` : '');
  const date = `${part('Y', 'Y')}${part('MON', 'M')}${part('W', 'W')}${part('D', 'D')}`;
  const time = `${part('H', 'H')}${part('MIN', 'M')}${part('S', 'S')}`;
  if (!date && !time) return undefined;
  return `P${date}${time ? `T${time}` : ''}`;
}
