import type { RequestEnvelope, slu } from 'ask-sdk-model';

/**
 * Builds the request envelopes Alexa sends, for the local simulator and the tests.
 * Shapes follow https://developer.amazon.com/en-US/docs/alexa/custom-skills/request-and-response-json-reference.html
 */

export const DEFAULT_SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

export interface Device {
  userId: string;
  deviceId: string;
  skillId: string;
  /** Alexa API endpoint and token; leave unset for no device settings API (time zone falls back to UTC). */
  apiEndpoint?: string;
  apiAccessToken?: string;
  /** An Echo Show: the device supports APL and has a screen of this shape, else it is a speaker. */
  screen?: Viewport;
  /** Whether the user has let the skill create reminders (`alexa::alerts:reminders:skill:readwrite`). */
  remindersGranted?: boolean;
}

/** A screen as Alexa describes it in `context.Viewport`. */
export interface Viewport {
  readonly shape: 'RECTANGLE' | 'ROUND';
  readonly mode: 'HUB' | 'TV';
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly dpi: number;
}

/** The screens the skill is made for: an Echo Show 8, an Echo Spot and a Fire TV. */
export const VIEWPORTS = {
  landscapeHub: { shape: 'RECTANGLE', mode: 'HUB', pixelWidth: 1280, pixelHeight: 800, dpi: 213 },
  roundHub: { shape: 'ROUND', mode: 'HUB', pixelWidth: 480, pixelHeight: 480, dpi: 160 },
  tv: { shape: 'RECTANGLE', mode: 'TV', pixelWidth: 1920, pixelHeight: 1080, dpi: 320 },
} as const satisfies Record<string, Viewport>;

/** The permission scope of the Reminders API, as Alexa names it in requests. */
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

export function device(overrides: Partial<Device> = {}): Device {
  return {
    userId: 'amzn1.ask.account.TEST-USER',
    deviceId: 'amzn1.ask.device.TEST-DEVICE',
    skillId: DEFAULT_SKILL_ID,
    ...overrides,
  };
}

export interface SessionInfo {
  sessionId: string;
  new: boolean;
  attributes?: Record<string, unknown>;
}

/**
 * A slot as speech recognition heard it: the spoken value and, for custom slot types, entity resolution.
 * See https://developer.amazon.com/en-US/docs/alexa/custom-skills/entity-resolution.html
 */
export interface HeardSlot {
  value?: string;
  resolutions?: slu.entityresolution.Resolutions;
}

/** A custom slot value Alexa resolved to one of the model's value ids, such as a routine name. */
export function resolvedSlot(value: string, id: string, authority = 'amzn1.er-authority.echo-sdk.local'): HeardSlot {
  return {
    value,
    resolutions: {
      resolutionsPerAuthority: [{ authority, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { name: value, id } }] }],
    },
  };
}

/** A slot given as its bare value, as a heard slot with resolutions, or left empty. */
export type SlotInput = string | HeardSlot | undefined;

let counter = 0;
export function newId(prefix: string): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}-${counter}`;
}

function envelope(dev: Device, session: SessionInfo | undefined, request: Record<string, unknown>): RequestEnvelope {
  const application = { applicationId: dev.skillId };
  const user = {
    userId: dev.userId,
    ...(dev.remindersGranted !== undefined && {
      permissions: { scopes: { [REMINDERS_SCOPE]: { status: dev.remindersGranted ? 'GRANTED' : 'DENIED' } } },
    }),
  };
  return {
    version: '1.0',
    ...(session && {
      session: { new: session.new, sessionId: session.sessionId, application, user, attributes: session.attributes ?? {} },
    }),
    context: {
      System: {
        application,
        user,
        device: {
          deviceId: dev.deviceId,
          supportedInterfaces: dev.screen ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2023.3' } } } : {},
        },
        apiEndpoint: dev.apiEndpoint ?? '',
        ...(dev.apiAccessToken && { apiAccessToken: dev.apiAccessToken }),
      },
      ...(dev.screen && { Viewport: { ...dev.screen, currentPixelWidth: dev.screen.pixelWidth, currentPixelHeight: dev.screen.pixelHeight, touch: ['SINGLE'] } }),
    },
    request: {
      requestId: newId('amzn1.echo-api.request'),
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      ...request,
    },
  } as unknown as RequestEnvelope;
}

export function launchRequest(dev: Device, session: SessionInfo): RequestEnvelope {
  return envelope(dev, session, { type: 'LaunchRequest' });
}

export function intentRequest(
  dev: Device,
  session: SessionInfo,
  intentName: string,
  slots: Record<string, SlotInput> = {},
  dialogState?: 'STARTED' | 'IN_PROGRESS' | 'COMPLETED',
): RequestEnvelope {
  const slotObjects = Object.fromEntries(
    Object.entries(slots).map(([name, input]) => [name, slotObject(name, input)]),
  );
  return envelope(dev, session, {
    type: 'IntentRequest',
    dialogState,
    intent: { name: intentName, confirmationStatus: 'NONE', slots: slotObjects },
  });
}

function slotObject(name: string, input: SlotInput): Record<string, unknown> {
  if (input === undefined || typeof input === 'string') {
    return { name, confirmationStatus: 'NONE', ...(input !== undefined && { value: input }) };
  }
  const { value, resolutions } = input;
  return {
    name,
    confirmationStatus: 'NONE',
    ...(value !== undefined && { value }),
    ...(resolutions && { resolutions }),
    ...(value !== undefined && { slotValue: { type: 'Simple', value, ...(resolutions && { resolutions }) } }),
  };
}

/**
 * A touch on the screen: the `arguments` of the document's `SendEvent`, with the token of the document touched.
 * See https://developer.amazon.com/en-US/docs/alexa/alexa-presentation-language/apl-interface.html#userevent-request
 */
export function userEventRequest(dev: Device, session: SessionInfo, token: string, args: readonly unknown[]): RequestEnvelope {
  return envelope(dev, session, {
    type: 'Alexa.Presentation.APL.UserEvent',
    token,
    arguments: args,
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
  });
}

export function sessionEndedRequest(dev: Device, session: SessionInfo, reason = 'USER_INITIATED'): RequestEnvelope {
  return envelope(dev, session, { type: 'SessionEndedRequest', reason });
}

/** What the user answered when Alexa asked for a permission the skill requested with `AskFor`. */
export type PermissionAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/**
 * Alexa's answer to the skill's `Connections.SendRequest` (`AskFor`): the user's answer, with the token the skill
 * sent. A `code` other than `200` means Alexa could not ask by voice.
 * @see https://developer.amazon.com/en-US/docs/alexa/smapi/voice-permissions-for-reminders.html
 */
export function permissionResponse(
  dev: Device,
  session: SessionInfo,
  answer: PermissionAnswer,
  token: string,
  code = '200',
): RequestEnvelope {
  return envelope(dev, session, {
    type: 'Connections.Response',
    name: 'AskFor',
    status: { code, message: code === '200' ? 'OK' : 'Not supported' },
    token,
    payload: { permissionScope: REMINDERS_SCOPE, status: answer },
  });
}

/** Skill events arrive out of session, with no speech expected. */
export function skillDisabledEvent(dev: Device, persistence: 'PERSISTED' | 'NOT_PERSISTED'): RequestEnvelope {
  return envelope(dev, undefined, {
    type: 'AlexaSkillEvent.SkillDisabled',
    eventCreationTime: new Date().toISOString(),
    eventPublishingTime: new Date().toISOString(),
    body: { userInformationPersistenceStatus: persistence },
  });
}
