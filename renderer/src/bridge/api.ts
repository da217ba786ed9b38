import type { SamenspelBridge } from '../../../shared/contract/bridge';
import type { ErrorBody } from '../../../shared/contract/errors';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/contract/methods';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    samenspel?: SamenspelBridge;
  }
}

/** The preload's bridge in Electron, the HTTP client in browser mode. */
export const bridge: SamenspelBridge = window.samenspel ?? createHttpBridge();

/** A failed call, carrying the backend's error envelope. */
export class ApiError extends Error {
  constructor(readonly body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
}

/** Calls a contract method; resolves with its data or rejects with an {@link ApiError}. */
export async function call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await bridge.call(method, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.data as MethodOutput<M>;
}
