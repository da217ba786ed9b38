import type { Db } from '../connection';
import { adviceRepository } from './advice';
import { auditRepository } from './audit';
import { complexRepository } from './complexes';
import { documentRepository } from './documents';
import { initiativeRepository } from './initiatives';
import { liabilityRepository } from './liability';
import { moneyRepository } from './money';
import { reciprocityRepository } from './reciprocity';
import { residentRepository } from './residents';
import { wijkRepository } from './wijk';
import { searchRepository } from './search';
import { staffRepository } from './staff';
import { dashboardRepository } from './dashboard';
import { exportRepository } from './exports';
import { timelineRepository } from './timeline';
import { viewRepository } from './views';
import { visitRepository } from './visits';

export function createRepositories(db: Db) {
  return {
    staff: staffRepository(db),
    complexes: complexRepository(db),
    initiatives: initiativeRepository(db),
    audit: auditRepository(db),
    advice: adviceRepository(db),
    residents: residentRepository(db),
    visits: visitRepository(db),
    documents: documentRepository(db),
    money: moneyRepository(db),
    liability: liabilityRepository(db),
    reciprocity: reciprocityRepository(db),
    wijk: wijkRepository(db),
    search: searchRepository(db),
    views: viewRepository(db),
    timeline: timelineRepository(db),
    dashboard: dashboardRepository(db),
    exports: exportRepository(db),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;
