import { build } from 'esbuild';
import { LAMBDA_OUTFILE, lambdaBuildOptions } from './lambda-bundling';

/** `npm run build`: bundles the skill into `dist/lambda/index.js`. */
build({ ...lambdaBuildOptions, outfile: LAMBDA_OUTFILE, logLevel: 'warning' }).catch(() => process.exit(1));
