import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/contract/methods';
import type { HandlerContext } from '../context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Every contract method must have exactly one handler; the type makes a missing one a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };

export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };
