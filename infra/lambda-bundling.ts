import type { BuildOptions } from 'esbuild';

/**
 * How the skill's Lambda is bundled, shared by `npm run build` and the CDK stack so that the file CDK deploys is
 * the file the tests and the benchmark load. The AWS SDK is bundled, not taken from the runtime, so the deployed
 * code runs exactly the SDK version that `package-lock.json` pins.
 */
export const LAMBDA_ENTRY = 'lambda/index.ts';
export const LAMBDA_OUTFILE = 'dist/lambda/index.js';

export const lambdaBundling = {
  /** esbuild target: the oldest Node.js the bundle runs on (Node 20 locally; the Lambda runtime is newer). */
  target: 'node20',
  minify: true,
  sourceMap: false,
  /**
   * Prefer a package's ES module build: esbuild can then tree-shake the AWS SDK, which makes the bundle about 30 %
   * smaller and a cold start about 40 % faster (bench/RESULTS.md).
   */
  mainFields: ['module', 'main'],
} as const;

/** The same bundle as esbuild build options: one CommonJS file exporting `handler`, nothing left external. */
export const lambdaBuildOptions: BuildOptions = {
  entryPoints: [LAMBDA_ENTRY],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: lambdaBundling.target,
  minify: lambdaBundling.minify,
  sourcemap: lambdaBundling.sourceMap,
  mainFields: [...lambdaBundling.mainFields],
};
