import { describeError } from '../log';

/**
 * The HTTP status of a failed call through an ask-sdk-core service client (its `ServiceError` carries
 * `statusCode`); `undefined` when the call did not get an answer at all.
 */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** A failed Alexa API call for a log line: error name, message and the status when there was one. */
export function describeAlexaApiError(error: unknown): { errorName: string; errorMessage: string; status?: number } {
  const status = statusOf(error);
  return { ...describeError(error), ...(status !== undefined && { status }) };
}

/** Alexa refused the token: the user never gave, or has since taken back, the permission the call needs. */
export function isPermissionRefused(error: unknown): boolean {
  const status = statusOf(error);
  return status === 401 || status === 403;
}
