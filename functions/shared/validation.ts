// One validation library for the whole code base: zod's tree-shakable `zod/mini` API, with English messages.
// Import it as a namespace (`import * as z from '…/validation.ts'`): bundlers then keep only the members each
// module uses (about 20 KB in a Lambda, against 440 KB for zod's classic API).
import { en } from 'zod/locales';
import { config, optional, pipe, transform, type ZodMiniType } from 'zod/mini';

export * from 'zod/mini';

config(en());

/** `schema`, or undefined when the value is absent or an empty string (unset environment variables). */
export const blankAsUndefined = <T extends ZodMiniType>(schema: T) =>
  pipe(
    transform((v: unknown) => (v === '' ? undefined : v)),
    optional(schema),
  );
