import { adviceHandlers } from './advice';
import { auditHandlers } from './audit';
import { complexHandlers } from './complexes';
import { initiativeHandlers } from './initiatives';
import { sessionHandlers } from './session';
import { liabilityHandlers } from './liability';
import { moneyHandlers } from './money';
import { importHandlers } from './imports';
import { exportHandlers } from './exports';
import { dashboardHandlers } from './dashboard';
import { reportHandlers } from './report';
import { viewHandlers } from './views';
import { residentHandlers } from './residents';
import { staffHandlers } from './staff';
import { visitHandlers } from './visits';
import { workHandlers } from './work';
import { timelineHandlers } from './timeline';
import { attachmentHandlers } from './attachments';
import { documentHandlers } from './documents';
import { teamHandlers } from './team';
import { backupHandlers } from './backups';
import { encryptionHandlers } from './encryption';
import { reciprocityHandlers } from './reciprocity';
import { wijkHandlers } from './wijk';
import { searchHandlers } from './search';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...sessionHandlers,
  ...staffHandlers,
  ...complexHandlers,
  ...initiativeHandlers,
  ...auditHandlers,
  ...adviceHandlers,
  ...residentHandlers,
  ...visitHandlers,
  ...attachmentHandlers,
  ...documentHandlers,
  ...workHandlers,
  ...timelineHandlers,
  ...moneyHandlers,
  ...liabilityHandlers,
  ...importHandlers,
  ...exportHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
  ...viewHandlers,
  ...teamHandlers,
  ...backupHandlers,
  ...encryptionHandlers,
  ...reciprocityHandlers,
  ...wijkHandlers,
  ...searchHandlers,
};
