import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';

// Placeholder entry; the real skill wiring replaces it.
export async function handler(_event: RequestEnvelope, _context?: unknown): Promise<ResponseEnvelope> {
  return { version: '1.0', response: {} };
}
