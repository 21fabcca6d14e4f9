import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  intentRequest,
  launchRequest,
  newId,
  permissionResponse,
  sessionEndedRequest,
  userEventRequest,
  type Device,
  type HeardSlot,
} from './envelopes';
import { parseLine } from './invocation';
import type { Understanding } from './nlu';
import { findTouchTarget, renderedScreen } from './screen';
import { responseLines } from './transcript';
import { words } from './words';

/** Answers to Alexa's permission prompt. */
const YES = new Set(['yes', 'yeah', 'yep', 'sure', 'ok', 'okay', 'allow', 'approve']);
const NO = new Set(['no', 'nope', 'deny', "don't", 'not']);

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
  /** What Alexa does around the skill (permission prompts, reminders), when emulated. */
  alexa?: AlexaAround;
  /** Print the intent and slots each utterance was heard as, for people working on the model. */
  showIntents?: boolean;
}

/** What Alexa does around the skill that the simulator emulates on loopback (see `local-skill.ts`). */
export interface AlexaAround {
  /** The user's answer to Alexa's permission prompt for reminders, as Alexa records it. */
  answerPermission(granted: boolean): void;
  /** What changed on Alexa's side since last asked (a reminder created, moved, cancelled), as lines to print. */
  notes(): string[];
}

/** What Alexa itself asks when the skill asks for the reminders permission by voice. */
export const PERMISSION_PROMPT = 'Back Care Coach would like to create reminders. Allow?';

interface OpenSession {
  sessionId: string;
  /** True until the first request of the session has been sent. */
  new: boolean;
  attributes: Record<string, unknown>;
  /** The intent the skill's last response asked a slot of with `Dialog.ElicitSlot`, with the slots it kept. */
  eliciting?: { intent: string; slots: Record<string, HeardSlot> };
}

/** One of the user's devices: each has its own session and screen, and its own last request for `retry`. */
interface DeviceState {
  readonly name: string;
  readonly device: Device;
  session?: OpenSession;
  /** The screen on show, on a device with one: it closes with the session. */
  screen: ReturnType<typeof renderedScreen>;
  /** The last request sent from this device, as sent, and its session just before. */
  last?: { readonly request: string; readonly session?: OpenSession };
}

/** The name of the device the simulator starts on. */
export const FIRST_DEVICE = 'echo';

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
 * A user's devices talking to the skill: keeps each device's session (id, attributes, whether it is new) between
 * lines, opens and closes it as Alexa would, and returns the lines to print for each thing the user says. Two lines
 * are Alexa's doing rather than the user's: `retry` sends the last request again, byte for byte, as Alexa does when
 * the skill's answer is late; `device kitchen` goes on from another device of the same user (a new one the first
 * time), whose session is its own. Knows nothing of terminals, so tests drive it line by line.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/manage-skill-session-and-session-attributes.html
 */
export class Conversation {
  private readonly devices = new Map<string, DeviceState>();
  private here: DeviceState;
  /** Alexa's permission prompt awaiting the user's answer: the token the skill sent, and its session. */
  private askedFor: { token: string; session: OpenSession } | undefined;

  constructor(private readonly options: ConversationOptions) {
    this.here = { name: FIRST_DEVICE, device: options.device, screen: undefined };
    this.devices.set(FIRST_DEVICE, this.here);
  }

  /** Whether the skill's session is open on the current device, so the next line is said inside it. */
  get inSession(): boolean {
    return this.here.session !== undefined;
  }

  private get session(): OpenSession | undefined {
    return this.here.session;
  }

  private set session(session: OpenSession | undefined) {
    this.here.session = session;
  }

  /** Handles one line the user says and returns what to print. */
  async say(line: string): Promise<string[]> {
    const command = line.trim().toLowerCase();
    if (command === 'retry') return this.retry();
    const switched = /^device\s+([a-z0-9-]+)$/.exec(command);
    if (switched) return this.switchTo(switched[1]!);
    const touched = /^touch\s+(.*)$/i.exec(line.trim());
    if (touched && this.here.device.screen) return this.touch(touched[1]!);
    if (this.askedFor) return this.answerPermission(line);
    const said = parseLine(line, this.options.invocationName);
    switch (said.kind) {
      case 'nothing':
        return [];
      case 'exit':
        return this.session ? this.end() : ['(no session is open)'];
      case 'open':
        return [
          ...(await this.startNewSession()),
          ...(await this.send((session) => launchRequest(this.here.device, session))),
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
    const screen = this.session && this.here.screen;
    if (!screen) return ['  (nothing on screen to touch)'];
    const target = findTouchTarget(screen, what);
    if (!target) return [`  (nothing on screen called "${what}")`];
    return this.send((session) => userEventRequest(this.here.device, session, screen.token ?? '', target.arguments));
  }

  /**
   * Alexa sends this device's last request again, byte for byte (same request id, session and attributes), as it
   * does when the skill's answer didn't reach it in time; the answer to the retry is the one the user hears.
   */
  private async retry(): Promise<string[]> {
    const last = this.here.last;
    if (!last) return ['  (nothing to retry yet)'];
    this.session = last.session && { ...last.session, attributes: { ...last.session.attributes } };
    const note = `  (Alexa sends the last request again: ${last.request.length} bytes, the same request id)`;
    return [note, ...(await this.send(() => JSON.parse(last.request) as RequestEnvelope))];
  }

  /** Goes on from the user's device called `name`, with a session of its own; the others keep theirs. */
  private switchTo(name: string): string[] {
    let state = this.devices.get(name);
    const isNew = state === undefined;
    if (!state) {
      const deviceId = `${this.options.device.deviceId}-${name.toUpperCase()}`;
      state = { name, device: { ...this.options.device, deviceId }, screen: undefined };
      this.devices.set(name, state);
    }
    this.here = state;
    const session = state.session ? 'its session is still open' : 'no session open on it';
    return [`  (now on the ${isNew ? 'new ' : ''}${name} device of the same user; ${session})`];
  }

  /**
   * The user's answer to Alexa's permission prompt: yes allows, no denies, anything else leaves it unanswered.
   * Alexa sends the skill the answer in the session that asked.
   */
  private async answerPermission(line: string): Promise<string[]> {
    const { token, session } = this.askedFor!;
    this.askedFor = undefined;
    const said = words(line);
    const answer = said.some((word) => YES.has(word)) ? 'ACCEPTED' : said.some((word) => NO.has(word)) ? 'DENIED' : 'NOT_ANSWERED';
    if (answer !== 'NOT_ANSWERED') {
      // The permission is the user's, on every one of their devices.
      for (const { device } of this.devices.values()) device.remindersGranted = answer === 'ACCEPTED';
      this.options.alexa?.answerPermission(answer === 'ACCEPTED');
    }
    this.session = session;
    return this.send((open) => permissionResponse(this.here.device, open, answer, token));
  }

  /** The user walks away (end of input): every open session ends as it would when the user says "exit". */
  async hangUp(): Promise<string[]> {
    const lines: string[] = [];
    const here = this.here;
    for (const state of this.devices.values()) {
      this.here = state;
      lines.push(...(await this.end()));
    }
    this.here = here;
    return lines;
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
      intentRequest(this.here.device, session, heard.intent, heard.slots, answer ? 'IN_PROGRESS' : undefined),
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
    this.here.last = { request: JSON.stringify(request), session: { ...session, attributes: { ...session.attributes } } };
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
    this.here.screen = renderedScreen(response) ?? this.here.screen;
    const askFor = response.response.directives?.find((directive) => directive.type === 'Connections.SendRequest');
    if (askFor) {
      this.askedFor = { token: (askFor as { token?: string }).token ?? '', session: { ...session, attributes: { ...(response.sessionAttributes ?? {}) } } };
      return [`alexa: ${PERMISSION_PROMPT}`];
    }
    return [...responseLines(response), ...(this.options.alexa?.notes() ?? []).map((note) => `  ${note}`)];
  }

  /** Ends the open session with a SessionEndedRequest; the skill's answer to it is never spoken. */
  private async end(): Promise<string[]> {
    const session = this.session;
    this.session = undefined;
    if (!session) return [];
    try {
      await this.options.skill(sessionEndedRequest(this.here.device, { ...session, new: false }, 'USER_INITIATED'));
      return [];
    } catch (error) {
      return [`  (the skill failed on SessionEndedRequest: ${describeError(error)})`];
    }
  }
}
