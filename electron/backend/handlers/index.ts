import { adviceHandlers } from './advice';
import { auditHandlers } from './audit';
import { complexHandlers } from './complexes';
import { initiativeHandlers } from './initiatives';
import { sessionHandlers } from './session';
import { staffHandlers } from './staff';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...sessionHandlers,
  ...staffHandlers,
  ...complexHandlers,
  ...initiativeHandlers,
  ...auditHandlers,
  ...adviceHandlers,
};
