import type { z } from 'zod';
import type { Area } from './events';

/**
 * How a command travels in the team edition: `offline` commands are applied on the laptop at once and queued
 * for the team server; `online` ones need the server's answer first (they guard team-wide invariants: money
 * decisions, roles, rules, erasure); `local` ones concern this installation only (settings, drafts, exports).
 */
export type SyncMode = 'offline' | 'online' | 'local';

/** A query declares what it reads, so a change to one of those areas refreshes it in every window. */
export interface QueryEffects {
  reads: readonly Area[];
}
/** A command declares what it changes (the registry emits those areas' events after success) and how it syncs. */
export interface CommandEffects {
  changes: readonly Area[];
  sync: SyncMode;
}
export type Effects = QueryEffects | CommandEffects;

export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  effects: Effects;
  output?: O;
}

/** Declares a method returning `O`: `method<O>()(inputSchema, effects)`. The output is a phantom type. */
export function method<O>() {
  return <I extends z.ZodType>(input: I, effects: Effects): MethodSpec<I, O> => ({ input, effects });
}

export const isCommand = (effects: Effects): effects is CommandEffects => 'changes' in effects;
