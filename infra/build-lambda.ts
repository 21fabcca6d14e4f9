import { build } from 'esbuild';
import { LAMBDA_ENTRY, LAMBDA_OUTFILE, lambdaBundling } from './lambda-bundling';

/** `npm run build`: bundles the skill into one CommonJS file that exports `handler`. */
build({
  entryPoints: [LAMBDA_ENTRY],
  outfile: LAMBDA_OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: lambdaBundling.target,
  minify: lambdaBundling.minify,
  sourcemap: lambdaBundling.sourceMap,
  logLevel: 'warning',
}).catch(() => process.exit(1));
