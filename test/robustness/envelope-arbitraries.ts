import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { PACES } from '../../lambda/coach/progress';
import { TOPICS } from '../../lambda/content/answers';
import { ROUTINE_IDS, ROUTINES } from '../../lambda/content/routines';
import { TIPS } from '../../lambda/content/tips';
import type { RequestEnvelope } from 'ask-sdk-model';
import { device, intentRequest, launchRequest, newId, resolvedSlot, type HeardSlot, type SlotInput } from '../../simulator/envelopes';

/**
 * fast-check arbitraries for request envelopes as an attacker, a buggy client or a stale session could send
 * them: every field may be missing or of the wrong JSON type, request types and intents may be unknown, slots
 * may be empty or hold 100 KB of markup, and session attributes may be stale or tampered with.
 *
 * Every string an envelope carries from "the user" contains {@link MARK}, so a test can tell whether anything
 * the user said found its way into what the skill says.
 */
export const MARK = 'qqinjectedqq';

/** Markup and characters that would break SSML, or a card, if they reached the response unescaped. */
export const MARKUP = [
  '<speak>',
  '</speak>',
  '&',
  '&amp;',
  '&#60;',
  '<audio src="https://x">',
  '<audio src="https://x"/>',
  ']]>',
  '<![CDATA[',
  '"',
  "'",
  '<break time="60s"/>',
  '<say-as interpret-as="expletive">',
  '<',
  '>',
  '<!--',
  '\u0000',
  '\u0007',
  '\u202e',
  '\ud800',
  '😀',
  '\\',
  '${process.env}',
  '{{x}}',
] as const;

const ABSENT = Symbol('absent');
type Maybe<T> = T | typeof ABSENT;

/** An object from entries, leaving out those generated as absent. */
function object(entries: Record<string, Maybe<unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== ABSENT));
}

/** A record whose fields may be generated as absent, without them. */
function record(shape: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(shape).map(object);
}

/** Something the user "said": text mixing markup with {@link MARK}. */
export const spoken: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...MARKUP), fc.string({ maxLength: 8 })), { maxLength: 6 }), fc.nat(6))
  .map(([parts, at]) => {
    const pieces = [...parts];
    pieces.splice(at % (pieces.length + 1), 0, MARK);
    return pieces.join('');
  });

/** 100 KB of markup, as one slot value. */
export const huge: fc.Arbitrary<string> = fc
  .constantFrom(...MARKUP)
  .map((markup) => `${markup}${MARK} `.repeat(Math.ceil(100_000 / (markup.length + MARK.length + 1))));

/** Any JSON value of the wrong type for wherever it lands. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constant([]),
  fc.constant({}),
  spoken,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Mostly `valid`, sometimes of a wrong type, sometimes absent. */
function usually<T>(valid: fc.Arbitrary<T>, weight = 10): fc.Arbitrary<Maybe<T | unknown>> {
  return fc.oneof(
    { arbitrary: valid, weight },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: fc.constant(ABSENT), weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The interaction model, read at run time so that every intent and slot it defines gets exercised
// ---------------------------------------------------------------------------------------------------------------

export interface ModelIntent {
  readonly name: string;
  readonly slots: readonly { readonly name: string; readonly type: string }[];
}

export const INTERACTION_MODEL_PATH = join(__dirname, '../../skill-package/interactionModels/custom/en-US.json');

/** The intents of the en-US interaction model, with their slots. */
export function readModelIntents(path = INTERACTION_MODEL_PATH): ModelIntent[] {
  const model = JSON.parse(readFileSync(path, 'utf8')) as {
    interactionModel?: { languageModel?: { intents?: { name: string; slots?: { name: string; type: string }[] }[] } };
  };
  const intents = model.interactionModel?.languageModel?.intents;
  if (!Array.isArray(intents) || intents.length === 0) throw new Error(`no intents in ${path}`);
  return intents.map(({ name, slots = [] }) => ({ name, slots: slots.map(({ name, type }) => ({ name, type })) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------------------------------------------

/** What Alexa puts in built-in slots: mostly well-formed, sometimes not. */
const slotTextByType: Record<string, fc.Arbitrary<string>> = {
  'AMAZON.DURATION': fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 180 }).map((minutes) => `PT${minutes}M`) },
    { weight: 1, arbitrary: fc.constantFrom('PT1H30M', 'PT45S', 'P1D', 'PT0S', 'PT999999H', 'P', 'PT', '20 minutes', '-PT5M', '?') },
  ),
  'AMAZON.NUMBER': fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 5, max: 65 }).map(String) },
    { weight: 1, arbitrary: fc.constantFrom('0', '-20', '1e1', '30.5', '?', 'NaN', 'Infinity') },
  ),
};

const resolvedIds = fc.oneof(fc.constantFrom(...ROUTINE_IDS, ...PACES), spoken, wrongType);

const resolutions = fc.oneof(
  {
    weight: 4,
    arbitrary: record({
      resolutionsPerAuthority: usually(
        fc.array(
          record({
            authority: usually(fc.constant('amzn1.er-authority.echo-sdk.test')),
            status: usually(record({ code: usually(fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT')) })),
            values: usually(fc.array(record({ value: usually(record({ name: usually(spoken), id: resolvedIds })) }), { maxLength: 2 })),
          }),
          { maxLength: 2 },
        ),
      ),
    }),
  },
  { weight: 1, arbitrary: wrongType },
);

function slotValueFor(type: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: slotTextByType[type] ?? spoken },
    { weight: 2, arbitrary: spoken },
    { weight: 1, arbitrary: huge },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t') },
    { weight: 1, arbitrary: wrongType },
  );
}

function slot(name: string, type: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: record({
        name: usually(fc.constant(name)),
        value: usually(slotValueFor(type), 10),
        confirmationStatus: usually(fc.constantFrom('NONE', 'CONFIRMED', 'DENIED')),
        resolutions: usually(resolutions, 2),
      }),
    },
    { weight: 1, arbitrary: wrongType },
  );
}

function slots(intent: ModelIntent | undefined): fc.Arbitrary<unknown> {
  const known = (intent?.slots ?? []).map(({ name, type }) => [name, slot(name, type)] as const);
  const stray = fc.dictionary(spoken, slot('stray', 'UNKNOWN'), { maxKeys: 2 });
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(record(Object.fromEntries(known.map(([name, arbitrary]) => [name, usually(arbitrary, 8)]))), stray)
        .map(([named, extra]) => ({ ...extra, ...named })),
    },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    { weight: 1, arbitrary: wrongType },
  );
}

/** Intents whose turns write to the store (or move a routine toward a write); sent more often. */
const WRITING_INTENTS = [
  'LogWalkIntent',
  'StretchGuideIntent',
  'AMAZON.NextIntent',
  'AMAZON.YesIntent',
  'AMAZON.NoIntent',
  'AMAZON.ResumeIntent',
  'SetHoldTimeIntent',
  'SetPaceIntent',
  'TipIntent',
];

function intent(intents: readonly ModelIntent[]): fc.Arbitrary<unknown> {
  const writing = intents.filter((candidate) => WRITING_INTENTS.includes(candidate.name));
  const named = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...intents) },
    { weight: 6, arbitrary: fc.constantFrom(...(writing.length > 0 ? writing : intents)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('UnknownIntent', 'AMAZON.SearchAction<object@WeatherForecast>', 'AMAZON.ShuffleOnIntent', '', 'amazon.helpintent')
        .map((name): ModelIntent => ({ name, slots: [] })),
    },
    { weight: 1, arbitrary: spoken.map((name): ModelIntent => ({ name, slots: [] })) },
  );
  return fc.oneof(
    {
      weight: 20,
      arbitrary: named.chain((chosen) =>
        record({
          name: usually(fc.constant(chosen.name), 30),
          confirmationStatus: usually(fc.constantFrom('NONE', 'CONFIRMED', 'DENIED')),
          slots: slots(chosen),
        }),
      ),
    },
    { weight: 1, arbitrary: wrongType },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Session attributes: what the skill sends back to itself, stale or tampered with
// ---------------------------------------------------------------------------------------------------------------

const routineIds = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ROUTINE_IDS) },
  { weight: 1, arbitrary: spoken },
  { weight: 1, arbitrary: wrongType },
);
const steps = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 9 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: wrongType },
);
const stepNames = [...new Set(Object.values(ROUTINES).flatMap((routine) => routine.steps.map((step) => step.name)))];
const days = fc.oneof(
  fc.constantFrom('2026-11-30', '2026-11-29', '2020-01-01', '2099-12-31', '2026-02-30', 'yesterday'),
  spoken,
);
const counts = fc.oneof(
  fc.nat(50),
  fc.integer({ min: -5, max: -1 }),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(1e300),
  fc.double(),
  wrongType,
);

/** Progress as a session could carry it, cached from the store and then changed by a client. */
const sessionProgress = fc.oneof(
  {
    weight: 4,
    arbitrary: record({
      firstVisit: usually(fc.oneof(fc.constant('2025-01-01T00:00:00.000Z'), spoken, huge)),
      lastVisit: usually(fc.oneof(fc.constant('2026-11-29T08:00:00.000Z'), spoken)),
      sessionsCompleted: usually(fc.dictionary(fc.oneof(fc.constantFrom(...ROUTINE_IDS), spoken), counts, { maxKeys: 4 })),
      sessionsByDay: usually(fc.dictionary(days, counts, { maxKeys: 4 })),
      walksLogged: usually(counts),
      walkMinutes: usually(counts),
      streak: usually(record({ current: usually(counts), best: usually(counts), lastActiveDay: usually(days) })),
      unfinished: usually(record({ routineId: usually(routineIds), step: usually(steps) })),
      preferences: usually(record({ holdSeconds: usually(counts), pace: usually(fc.oneof(fc.constantFrom(...PACES), spoken)) })),
      tipsHeard: usually(fc.array(fc.oneof(fc.constantFrom(...TIPS.map((tip) => tip.id)), spoken, huge, wrongType), { maxLength: 16 })),
      lastTipDay: usually(days),
    }),
  },
  { weight: 1, arbitrary: wrongType },
);

const offers = fc.oneof(
  record({ kind: fc.constant('routine'), routineId: usually(routineIds) }),
  record({ kind: fc.constant('answer'), topic: usually(fc.oneof(fc.constantFrom(...TOPICS), spoken)) }),
  record({ kind: fc.constant('tip') }),
  record({ kind: fc.constant('resume'), position: usually(record({ routineId: usually(routineIds), step: usually(steps) })) }),
  record({ kind: usually(spoken) }),
  wrongType,
);

export const sessionAttributes: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: record({
      stretch: usually(record({ routineId: usually(routineIds), step: usually(steps) }), 2),
      finishedRoutine: usually(routineIds, 2),
      explained: usually(fc.array(fc.oneof(fc.constantFrom(...stepNames), spoken, huge, wrongType), { maxLength: 4 }), 2),
      toldControls: usually(fc.boolean(), 2),
      offer: usually(offers, 2),
      lastTopic: usually(fc.oneof(fc.constantFrom(...TOPICS), spoken), 2),
      preferences: usually(record({ holdSeconds: usually(counts), pace: usually(fc.oneof(fc.constantFrom(...PACES), spoken)) }), 2),
      progress: usually(sessionProgress, 2),
      timeZone: usually(fc.oneof(fc.constantFrom('America/New_York', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Mars/Olympus'), spoken), 2),
    }),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: wrongType },
);

// ---------------------------------------------------------------------------------------------------------------
// Envelopes
// ---------------------------------------------------------------------------------------------------------------

export const REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'SessionResumedRequest',
  'CanFulfillIntentRequest',
  'AlexaSkillEvent.SkillEnabled',
  'AlexaSkillEvent.SkillDisabled',
  'AlexaSkillEvent.SkillPermissionAccepted',
  'AlexaSkillEvent.SkillAccountLinked',
  'AudioPlayer.PlaybackStarted',
  'PlaybackController.PlayCommandIssued',
  'Display.ElementSelected',
  'Alexa.Presentation.APL.UserEvent',
  'Connections.Response',
  'Messaging.MessageReceived',
  'System.ExceptionEncountered',
  'Dialog.InputRequest',
] as const;

export interface EnvelopeOptions {
  /** The model's intents; every one of them is sent. */
  readonly intents: readonly ModelIntent[];
  /** The user whose stored progress the storm runs against; other users and no user are sent too. */
  readonly userIds: readonly string[];
  /** The skill id envelopes mostly carry. */
  readonly skillId: string;
  /** Device settings API endpoints the skill may call (loopback only); the device id picks how they answer. */
  readonly apiEndpoints: readonly string[];
  readonly deviceIds: readonly string[];
}

/** Times a request may carry: sensible ones, and anything that does not parse as a time. */
const timestamps = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString()),
  },
  { weight: 1, arbitrary: fc.constantFrom('', 'now', '2026-13-45T99:99:99Z', 'Invalid Date') },
  { weight: 1, arbitrary: wrongType },
);

function request(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  const type = fc.oneof(
    { weight: 10, arbitrary: fc.constant('IntentRequest') },
    { weight: 2, arbitrary: fc.constant('LaunchRequest') },
    { weight: 3, arbitrary: fc.constantFrom(...REQUEST_TYPES) },
    { weight: 1, arbitrary: spoken },
    { weight: 1, arbitrary: wrongType },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
  );
  return fc.oneof(
    {
      weight: 12,
      arbitrary: record({
        type,
        requestId: usually(fc.uuid().map((id) => `amzn1.echo-api.request.${id}`), 10),
        timestamp: usually(timestamps, 10),
        locale: usually(fc.constantFrom('en-US', 'en-GB', 'de-DE', 'xx')),
        intent: usually(intent(options.intents), 30),
        reason: usually(fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'), 1),
        error: usually(record({ type: usually(spoken), message: usually(spoken) }), 1),
        // Never NOT_PERSISTED: that deletes the user's data, which is not corruption (tested on its own).
        body: usually(record({ userInformationPersistenceStatus: usually(fc.constantFrom('PERSISTED', 'not_persisted')) }), 1),
        dialogState: usually(fc.constantFrom('STARTED', 'IN_PROGRESS', 'COMPLETED'), 1),
      }),
    },
    { weight: 1, arbitrary: wrongType },
  );
}

function user(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  return usually(
    record({
      userId: fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...options.userIds) },
        { weight: 1, arbitrary: spoken },
        { weight: 1, arbitrary: wrongType },
      ),
      accessToken: usually(spoken, 1),
    }),
    12,
  );
}

function application(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  return usually(
    record({
      applicationId: fc.oneof(
        { weight: 12, arbitrary: fc.constant(options.skillId) },
        { weight: 1, arbitrary: fc.constant('amzn1.ask.skill.99999999-9999-9999-9999-999999999999') },
        { weight: 1, arbitrary: fc.constant(` ${options.skillId}`) },
        { weight: 1, arbitrary: wrongType },
      ),
    }),
    12,
  );
}

function session(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: record({
        new: usually(fc.boolean(), 10),
        sessionId: usually(fc.uuid().map((id) => `amzn1.echo-api.session.${id}`), 10),
        application: application(options),
        user: user(options),
        attributes: usually(sessionAttributes, 8),
      }),
    },
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    { weight: 1, arbitrary: wrongType },
  );
}

function context(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  const system = record({
    application: application(options),
    user: user(options),
    device: usually(record({ deviceId: usually(fc.constantFrom(...options.deviceIds)), supportedInterfaces: usually(fc.constant({})) })),
    apiEndpoint: usually(fc.constantFrom(...options.apiEndpoints, ''), 4),
    apiAccessToken: usually(fc.constant('loopback-test-token'), 4),
  });
  return usually(record({ System: usually(system, 12) }), 12);
}

/** One request envelope, or something that is not one at all. */
export function envelopes(options: EnvelopeOptions): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 30,
      arbitrary: record({
        version: usually(fc.constant('1.0')),
        session: session(options),
        context: context(options),
        request: request(options),
      }),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: wrongType },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Plausible sessions with one thing wrong: these reach the turns that write (a walk, the end of a routine)
// ---------------------------------------------------------------------------------------------------------------

/** One envelope to send; `carryOn` sends it with the session attributes of the previous answer instead. */
export interface Exchange {
  readonly envelope: unknown;
  readonly carryOn: boolean;
}

function routineSlot(routineId: string): HeardSlot {
  return resolvedSlot(ROUTINES[routineId as keyof typeof ROUTINES]?.name ?? routineId, routineId);
}

/** A session as a real user would have it, as a list of envelopes. */
function plausibleSession(options: EnvelopeOptions): fc.Arbitrary<Exchange[]> {
  return fc
    .record({
      userId: fc.constantFrom(...options.userIds),
      kind: fc.constantFrom('walk', 'routine', 'resume', 'preferences', 'tip', 'one-shot walk'),
      routineId: fc.constantFrom(...ROUTINE_IDS),
      minutes: fc.integer({ min: 1, max: 180 }),
      seconds: fc.integer({ min: 5, max: 65 }),
      pace: fc.constantFrom(...PACES),
      time: fc.date({ min: new Date('2026-11-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }),
    })
    .map(({ userId, kind, routineId, minutes, seconds, pace, time }) => {
      const user = device({ userId, skillId: options.skillId });
      const session = { sessionId: newId('amzn1.echo-api.session'), new: true };
      const later = { ...session, new: false };
      const intent = (name: string, slots: Record<string, SlotInput> = {}) => intentRequest(user, later, name, slots);
      const steps = ROUTINES[routineId].steps.length;
      const turns: RequestEnvelope[] = {
        walk: () => [launchRequest(user, session), intent('LogWalkIntent', { duration: `PT${minutes}M` })],
        'one-shot walk': () => [intentRequest(user, session, 'LogWalkIntent', { duration: `PT${minutes}M` })],
        routine: () => [
          intentRequest(user, session, 'StretchGuideIntent', { routine: routineSlot(routineId) }),
          ...Array.from({ length: steps - 1 }, () => intent('AMAZON.NextIntent')),
          intent('TipIntent'),
        ],
        resume: () => [launchRequest(user, session), intent('AMAZON.YesIntent'), ...Array.from({ length: steps }, () => intent('AMAZON.NextIntent'))],
        preferences: () => [
          launchRequest(user, session),
          intent('SetHoldTimeIntent', { seconds: String(seconds) }),
          intent('SetPaceIntent', { pace: { value: pace, resolutions: routineSlot(pace).resolutions } }),
          intent('ProgressIntent'),
        ],
        tip: () => [launchRequest(user, session), intent('TipIntent'), intent('AMAZON.NoIntent')],
      }[kind]();
      for (const turn of turns) (turn.request as { timestamp: string }).timestamp = time.toISOString();
      return turns.map((envelope, index) => ({ envelope, carryOn: index > 0 }));
    });
}

/** Every path to a value inside `value`, objects and arrays alike, the root excluded. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

/** `envelope` with the value at one of its paths replaced (or removed, for {@link ABSENT}). */
function mutated(envelope: unknown, pick: number, replacement: unknown): unknown {
  const copy = structuredClone(envelope);
  const paths = pathsIn(copy);
  if (paths.length === 0) return copy;
  const path = paths[pick % paths.length]!;
  type Node = Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Node, copy as Node);
  const key = path[path.length - 1]!;
  if (replacement === ABSENT) delete parent[key];
  else parent[key] = replacement;
  return copy;
}

/** A plausible session, as is or with one value somewhere in one of its envelopes wrong or missing. */
function plausibleWithOneFault(options: EnvelopeOptions): fc.Arbitrary<Exchange[]> {
  const fault = fc.record({
    turn: fc.nat(),
    path: fc.nat(),
    value: fc.oneof(wrongType, spoken, huge, fc.constant(ABSENT)),
  });
  return fc.tuple(plausibleSession(options), fc.option(fault, { freq: 2 })).map(([session, change]) => {
    if (change === null) return session;
    const index = change.turn % session.length;
    return session.map((exchange, at) =>
      at === index ? { ...exchange, envelope: mutated(exchange.envelope, change.path, change.value) } : exchange,
    );
  });
}

/**
 * A short exchange: envelopes sent one after the other, each of which may instead carry the session attributes
 * the skill sent back last (a session that carries on). Half are anything at all; half are real sessions, some
 * with one value wrong, so that runs also reach the turns that write: a walk logged, a routine finished.
 */
export function exchanges(options: EnvelopeOptions): fc.Arbitrary<Exchange[]> {
  return fc.oneof(
    fc.array(fc.record({ envelope: envelopes(options), carryOn: fc.boolean() }), { minLength: 1, maxLength: 4 }),
    plausibleWithOneFault(options),
  );
}
