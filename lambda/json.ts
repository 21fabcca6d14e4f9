/**
 * Readers for JSON that comes from outside the skill: request envelopes, session attributes, stored items. Nothing
 * there is trusted, so every read checks the type it gets.
 */
export type JsonObject = Record<string, unknown>;

/** A plain object: not `null`, an array, or a Set (as DynamoDB's string sets unmarshal). */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set);
}

/** The value at `path` inside `value`, or `undefined` where any step of the path is missing or not an object. */
export function field(value: unknown, ...path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return current;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string with something in it. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}
