import { OPEN_STATUSES } from '../../../shared/domain/status';

/**
 * The open statuses as an SQL list, for `status IN (…)`: one definition for every query; our constants, never user
 * text.
 */
export const OPEN_SQL = OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
