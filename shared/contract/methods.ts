/**
 * The one contract between the UI and the backend: every method by name, with the zod schema of its input
 * and (as a type only) its output. Electron IPC, browser-mode HTTP and tests all call through this map. Each
 * namespace is declared in shared/contract/<namespace>.ts (docs/code-map.md lists the few that share a file).
 */
import type { z } from 'zod';
import { sessionMethods } from './session';
import { staffMethods } from './staff';
import { complexMethods } from './complexes';
import { initiativeMethods } from './initiatives';
import { adviceMethods } from './advice';
import { auditMethods } from './audit';
import { residentMethods } from './residents';
import { visitMethods } from './visits';
import { attachmentMethods } from './attachments';
import { documentMethods } from './documents';
import { workMethods } from './work';
import { timelineMethods } from './timeline';
import { liabilityMethods } from './liability';
import { moneyMethods } from './money';
import { dashboardMethods } from './dashboard';
import { exportMethods } from './exports';
import { importMethods } from './imports';
import { reportMethods } from './report';
import { viewMethods } from './views';
import { teamMethods } from './team';
import { backupMethods } from './backups';
import { encryptionMethods } from './encryption';
import { reciprocityMethods } from './reciprocity';
import { wijkMethods } from './wijk';
import { searchMethods } from './search';

export const methods = {
  ...sessionMethods,
  ...staffMethods,
  ...complexMethods,
  ...initiativeMethods,
  ...adviceMethods,
  ...auditMethods,
  ...residentMethods,
  ...visitMethods,
  ...attachmentMethods,
  ...documentMethods,
  ...workMethods,
  ...timelineMethods,
  ...moneyMethods,
  ...liabilityMethods,
  ...importMethods,
  ...exportMethods,
  ...dashboardMethods,
  ...reportMethods,
  ...viewMethods,
  ...teamMethods,
  ...backupMethods,
  ...encryptionMethods,
  ...reciprocityMethods,
  ...wijkMethods,
  ...searchMethods,
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
