/** The longest walk the skill logs at once, in minutes: anything longer is more likely a mishearing. */
export const MAX_WALK_MINUTES = 12 * 60;

/**
 * Whole minutes in an ISO 8601 duration as Alexa's AMAZON.DURATION slot gives it ("PT20M", "PT1H30M",
 * "PT45S"), rounded to the nearest minute; `undefined` when it is not a duration.
 */
export function walkMinutes(duration: string): number | undefined {
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (!match || duration === 'P' || duration.endsWith('T')) return undefined;
  const [, weeks = '0', days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  return Math.round(((Number(weeks) * 7 + Number(days)) * 24 + Number(hours)) * 60 + Number(minutes) + Number(seconds) / 60);
}
