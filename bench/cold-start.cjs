'use strict';
/**
 * One cold start, in a fresh Node process (spawned by bench/run.ts): load a Lambda bundle and answer its first
 * request, as a new Lambda instance would. Prints one JSON line: milliseconds to `require` the bundle, to answer
 * the first request, and whether the answer was a response with speech.
 *
 * Usage: node bench/cold-start.cjs <bundle.js>   (the request envelope comes as JSON in BENCH_EVENT)
 */
const { performance } = require('node:perf_hooks');

/** Calls a handler of either Lambda style: returning a promise, or answering through a callback. */
function invoke(handler, event) {
  return new Promise((resolve, reject) => {
    const returned = handler(event, {}, (error, response) => (error ? reject(error) : resolve(response)));
    if (returned && typeof returned.then === 'function') {
      returned.then((response) => response !== undefined && resolve(response), reject);
    }
  });
}

async function main() {
  const bundle = process.argv[2];
  const event = JSON.parse(process.env.BENCH_EVENT);
  const started = performance.now();
  const { handler } = require(bundle);
  const loaded = performance.now();
  const response = await invoke(handler, event);
  const answered = performance.now();
  const ok = Boolean(response && response.response && response.response.outputSpeech);
  process.stdout.write(`${JSON.stringify({ loadMs: loaded - started, firstMs: answered - loaded, totalMs: answered - started, ok })}\n`);
  // Keep-alive sockets would hold the process open; a Lambda instance would be frozen here instead.
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
