import type { z } from 'zod';
import { issuesOf, type ErrorBody, type Result } from '../../shared/contract/errors';
import { eventOf, type EventName } from '../../shared/contract/events';
import { isCommand } from '../../shared/contract/method';
import {
  isMethodName,
  methods,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/contract/methods';
import { AppError } from './app-error';
import { errorBody, refused } from './error-envelope';
import type { HandlerContext } from './context';
import type { Handlers } from './handlers/types';
import { writeGate, type WriteGate } from './write-gate';

function fromZod(error: z.ZodError): ErrorBody {
  return errorBody('VALIDATION', 'err.validation', undefined, issuesOf(error));
}

function isSqliteConstraint(error: unknown): boolean {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT');
}

export interface Registry {
  /** Validates the input against the contract, runs the handler, and always answers with a Result. */
  call(method: unknown, input: unknown): Promise<Result<unknown>>;
  /** The typed form of `call`, for tests and in-process callers. */
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
}

/** The change events a method's declaration promises after it succeeds (none for queries). */
export function eventsOf(method: MethodName): EventName[] {
  const { effects } = methods[method];
  return isCommand(effects) ? effects.changes.map(eventOf) : [];
}

/** Decides how a validated call runs: straight to its handler, or (team mode) queued for the team server. */
export type Dispatch = (
  method: MethodName,
  input: unknown,
  run: () => Promise<Result<unknown>>,
) => Promise<Result<unknown>>;

export function createRegistry(
  handlers: Handlers,
  ctx: HandlerContext,
  emit: (event: EventName) => void,
  log: (error: unknown) => void = console.error,
  dispatch: Dispatch = (_method, _input, run) => run(),
  gate: WriteGate = writeGate(),
): Registry {
  async function call(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      return refused('UNKNOWN_METHOD', 'err.unknownMethod', { method: String(method).slice(0, 80) });
    }
    const parsed = methods[method].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: fromZod(parsed.error) };
    const run = () => runHandler(method, parsed.data);
    const dispatched = () => dispatch(method, input, run).catch((error: unknown) => failure(error));
    // Writes pass the gate, so none lands inside a long write's open transaction (see write-gate.ts).
    const result = isCommand(methods[method].effects) ? await gate.write(dispatched) : await dispatched();
    // Effects are declared once, on the method: every window refreshes what the command changed.
    if (result.ok) for (const event of eventsOf(method)) emit(event);
    return result;
  }

  async function runHandler(method: MethodName, input: unknown): Promise<Result<unknown>> {
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      return { ok: true, data: await handler(input, ctx) };
    } catch (error) {
      return failure(error);
    }
  }

  function failure(error: unknown): Result<never> {
    if (error instanceof AppError)
      return { ok: false, error: errorBody(error.code, error.messageKey, error.params, error.issues) };
    // The database's own CHECKs and foreign keys are the last line; reaching one means validation missed a case.
    if (isSqliteConstraint(error)) {
      log(error);
      return refused('VALIDATION', 'err.database.constraint');
    }
    log(error);
    return refused('INTERNAL', 'err.internal');
  }
  return {
    call,
    invoke: (method, input) => call(method, input) as never,
  };
}
