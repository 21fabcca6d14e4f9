/**
 * Word-level text handling shared by the NLU: turning a typed line or a sample utterance into the words Alexa's
 * speech recognition would produce, expanding contractions, and a light stemmer.
 */

/**
 * Lower case words with punctuation removed, as speech recognition hears them: "Alexa, what's a good stretch?"
 * becomes `["what's", "a", "good", "stretch"]` once the wake word is dropped. Hyphens split words
 * ("forty-five"), apostrophes inside words stay ("what's"), and a decimal point between digits stays ("2.5").
 */
export function words(text: string): string[] {
  const cleaned = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/[^a-z0-9'\u0000]+/g, ' ')
    .replace(/\u0000/g, '.');
  return cleaned
    .split(' ')
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '');
}

/** Drops the wake word a user may type out of habit: "alexa open back care coach". */
export function withoutWakeWord(tokens: readonly string[]): string[] {
  return tokens[0] === 'alexa' ? tokens.slice(1) : [...tokens];
}

const WHOLE_WORD_CONTRACTIONS: Readonly<Record<string, string>> = {
  "can't": 'can not', cant: 'can not', cannot: 'can not', "won't": 'will not', wont: 'will not',
  "shan't": 'shall not', "ain't": 'is not', "let's": 'let us', lets: 'let us',
  "i'm": 'i am', im: 'i am', ive: 'i have', "y'all": 'you all',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', isnt: 'is not', arent: 'are not', wasnt: 'was not',
  shouldnt: 'should not', wouldnt: 'would not', couldnt: 'could not', havent: 'have not', hasnt: 'has not',
  whats: 'what is', thats: 'that is', hows: 'how is', wheres: 'where is', whos: 'who is', theres: 'there is',
  youre: 'you are', theyre: 'they are',
};

/** Words whose "'s" is "is" rather than a possessive. */
const IS_CONTRACTIONS = new Set(['it', 'that', 'what', 'where', 'when', 'how', 'who', 'there', 'here', 'he', 'she']);

const SUFFIX_CONTRACTIONS: ReadonlyArray<[suffix: string, expansion: string]> = [
  ["n't", ' not'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
  ["'m", ' am'],
];

/** Expands contractions, with or without the apostrophe a typist leaves out: "what's" and "whats" → "what is". */
export function expandContractions(tokens: readonly string[]): string[] {
  return tokens.flatMap((token) => {
    const whole = WHOLE_WORD_CONTRACTIONS[token];
    if (whole !== undefined) return whole.split(' ');
    if (token.endsWith("'s")) {
      const base = token.slice(0, -2);
      return IS_CONTRACTIONS.has(base) ? [base, 'is'] : [base];
    }
    for (const [suffix, expansion] of SUFFIX_CONTRACTIONS) {
      if (token.endsWith(suffix) && token.length > suffix.length) {
        return `${token.slice(0, -suffix.length)}${expansion}`.split(' ');
      }
    }
    return [token.replace(/'/g, '')];
  });
}

const VOWEL = /[aeiouy]/;

/**
 * A light suffix-stripping stemmer, enough to make "stretches", "stretching" and "stretch" one word, and
 * "aches", "aching" and "ache" another. It is not Porter; it only has to be consistent with itself.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let base = word;
  if (base.endsWith('ies') && base.length > 4) base = `${base.slice(0, -3)}y`;
  else if (base.endsWith('sses')) base = base.slice(0, -2);
  else if (base.endsWith('s') && !/(ss|us|is)$/.test(base)) base = base.slice(0, -1);

  for (const suffix of ['ness', 'ment', 'ful', 'ly']) {
    if (base.endsWith(suffix) && base.length - suffix.length >= 3) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  for (const suffix of ['ing', 'ed']) {
    const rest = base.slice(0, -suffix.length);
    if (base.endsWith(suffix) && rest.length >= 3 && VOWEL.test(rest)) {
      base = rest;
      // walking → walk, but stopping → stop
      if (/([^aeioulsz])\1$/.test(base)) base = base.slice(0, -1);
      break;
    }
  }
  if (base.endsWith('y') && base.length > 3) base = `${base.slice(0, -1)}i`;
  if (base.endsWith('e') && base.length > 3) base = base.slice(0, -1);
  return base;
}
