import type { z } from 'zod';

/** Declares a method returning `O`: `method<O>()(inputSchema)`. The output is a phantom type. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): { input: I; output?: O } => ({ input });
}
