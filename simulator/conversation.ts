import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  intentRequest,
  launchRequest,
  newId,
  sessionEndedRequest,
  userEventRequest,
  type Device,
  type HeardSlot,
} from './envelopes';
import { parseLine } from './invocation';
import type { Understanding } from './nlu';
import { findTouchTarget, renderedScreen } from './screen';
import { responseLines } from './transcript';

/** The skill as the simulator calls it: one request envelope in, one response envelope out. */
export type Skill = (request: RequestEnvelope) => Promise<ResponseEnvelope>;

export interface ConversationOptions {
  skill: Skill;
  nlu: {
    understand(utterance: string): Understanding;
    understandAnswer?(utterance: string, intentName: string): Understanding | undefined;
  };
  invocationName: string;
  device: Device;
  /** Print the intent and slots each utterance was heard as, for people working on the model. */
  showIntents?: boolean;
}

interface OpenSession {
  sessionId: string;
  /** True until the first request of the session has been sent. */
  new: boolean;
  attributes: Record<string, unknown>;
  /** The intent the skill's last response asked a slot of with `Dialog.ElicitSlot`, with the slots it kept. */
  eliciting?: { intent: string; slots: Record<string, HeardSlot> };
}

/** What Alexa says when a skill fails to answer. */
export const SKILL_FAILURE_SPEECH = "There was a problem with the requested skill's response.";

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isResponseEnvelope(value: unknown): value is ResponseEnvelope {
  return typeof value === 'object' && value !== null && typeof (value as { response?: unknown }).response === 'object';
}

function describeSlot(name: string, slot: HeardSlot): string | undefined {
  if (slot.value === undefined) return undefined;
  const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
  const resolved = resolution?.values[0]?.value;
  const suffix = resolution ? (resolved ? ` → ${resolved.id}` : ' → no match') : '';
  return `${name}="${slot.value}"${suffix}`;
}

/** Only the slots a reply filled, so it never blanks one the skill kept. */
function filled(slots: Record<string, HeardSlot>): Record<string, HeardSlot> {
  return Object.fromEntries(Object.entries(slots).filter(([, slot]) => slot.value !== undefined));
}

/** The intent and kept slots of a `Dialog.ElicitSlot` directive in the response, if it has one. */
function elicitation(response: ResponseEnvelope): OpenSession['eliciting'] {
  const directive = response.response.directives?.find((candidate) => candidate.type === 'Dialog.ElicitSlot');
  const intent = directive?.type === 'Dialog.ElicitSlot' ? directive.updatedIntent : undefined;
  if (!intent) return undefined;
  const slots = Object.fromEntries(
    Object.entries(intent.slots ?? {}).map(([name, slot]) => [name, { value: slot.value, resolutions: slot.resolutions }]),
  );
  return { intent: intent.name, slots };
}

/**
 * A device talking to the skill: keeps the session (id, attributes, whether it is new) between lines, opens and
 * closes it as Alexa would, and returns the lines to print for each thing the user says. Knows nothing of
 * terminals, so tests drive it line by line.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/manage-skill-session-and-session-attributes.html
 */
export class Conversation {
  private session: OpenSession | undefined;
  /** The screen on show, on a device with one: it closes with the session. */
  private screen: ReturnType<typeof renderedScreen>;

  constructor(private readonly options: ConversationOptions) {}

  /** Whether the skill's session is open, so the next line is said inside it. */
  get inSession(): boolean {
    return this.session !== undefined;
  }

  /** Handles one line the user says and returns what to print. */
  async say(line: string): Promise<string[]> {
    const touched = /^touch\s+(.*)$/i.exec(line.trim());
    if (touched && this.options.device.screen) return this.touch(touched[1]!);
    const said = parseLine(line, this.options.invocationName);
    switch (said.kind) {
      case 'nothing':
        return [];
      case 'exit':
        return this.session ? this.end() : ['(no session is open)'];
      case 'open':
        return [
          ...(await this.startNewSession()),
          ...(await this.send((session) => launchRequest(this.options.device, session))),
        ];
      case 'one-shot':
        return [...(await this.startNewSession()), ...(await this.sendUtterance(said.utterance))];
      case 'utterance': {
        if (this.session) return this.sendUtterance(said.utterance);
        const note = `(no session is open: sent as "ask ${this.options.invocationName} ${said.utterance}")`;
        return [note, ...(await this.startNewSession()), ...(await this.sendUtterance(said.utterance))];
      }
    }
  }

  /** A touch on the screen ("touch quick routine", "touch next"): sends what the touched target's SendEvent sends. */
  private async touch(what: string): Promise<string[]> {
    const screen = this.session && this.screen;
    if (!screen) return ['  (nothing on screen to touch)'];
    const target = findTouchTarget(screen, what);
    if (!target) return [`  (nothing on screen called "${what}")`];
    return this.send((session) => userEventRequest(this.options.device, session, screen.token ?? '', target.arguments));
  }

  /** The user walks away (end of input): an open session ends as it would when the user says "exit". */
  async hangUp(): Promise<string[]> {
    return this.end();
  }

  /** Opens a new session, first ending one that is still open, as a new invocation does on a device. */
  private async startNewSession(): Promise<string[]> {
    const lines = await this.end();
    this.session = { sessionId: newId('amzn1.echo-api.session'), new: true, attributes: {} };
    return lines;
  }

  /**
   * After `Dialog.ElicitSlot`, Alexa hears a reply that fits the intent's slot samples as that intent, the slots it
   * kept filled in too ("fifteen" after "how long did you walk?"); any other reply as what it is.
   */
  private async sendUtterance(utterance: string): Promise<string[]> {
    const eliciting = this.session?.eliciting;
    const answer = eliciting && this.options.nlu.understandAnswer?.(utterance, eliciting.intent);
    const heard = answer ? { ...answer, slots: { ...eliciting.slots, ...filled(answer.slots) } } : this.options.nlu.understand(utterance);
    const lines = this.options.showIntents ? [this.describe(heard)] : [];
    const response = await this.send((session) =>
      intentRequest(this.options.device, session, heard.intent, heard.slots, answer ? 'IN_PROGRESS' : undefined),
    );
    return [...lines, ...response];
  }

  private describe(heard: Understanding): string {
    const slots = Object.entries(heard.slots)
      .map(([name, slot]) => describeSlot(name, slot))
      .filter((text) => text !== undefined);
    const how = heard.matchedBy === 'sample' ? `sample "${heard.sample}"` : `${heard.matchedBy} ${heard.score.toFixed(2)}`;
    return `  (heard: ${[heard.intent, ...slots].join(' ')}; by ${how})`;
  }

  /** Sends one request in the open session and keeps the session open only if the response asks for it. */
  private async send(build: (session: OpenSession) => RequestEnvelope): Promise<string[]> {
    const session = this.session;
    if (!session) throw new Error('no open session to send a request in');
    const request = build({ ...session, attributes: { ...session.attributes } });
    session.new = false;
    session.eliciting = undefined;
    let response: unknown;
    try {
      response = await this.options.skill(request);
      if (!isResponseEnvelope(response)) throw new TypeError('the skill resolved to no response envelope');
    } catch (error) {
      this.session = undefined;
      return [`alexa: ${SKILL_FAILURE_SPEECH}`, `  (the skill failed: ${describeError(error)})`];
    }
    // Alexa treats an absent shouldEndSession on a voice-only device as the end of the session.
    if (response.response.shouldEndSession === false) {
      session.attributes = { ...(response.sessionAttributes ?? {}) };
      session.eliciting = elicitation(response);
    } else {
      this.session = undefined;
    }
    this.screen = renderedScreen(response) ?? this.screen;
    return responseLines(response);
  }

  /** Ends the open session with a SessionEndedRequest; the skill's answer to it is never spoken. */
  private async end(): Promise<string[]> {
    const session = this.session;
    this.session = undefined;
    if (!session) return [];
    try {
      await this.options.skill(sessionEndedRequest(this.options.device, { ...session, new: false }, 'USER_INITIATED'));
      return [];
    } catch (error) {
      return [`  (the skill failed on SessionEndedRequest: ${describeError(error)})`];
    }
  }
}
