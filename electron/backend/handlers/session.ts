import { type Session, type Settings, USER_SWITCH_LOG_ID } from '../../../shared/contract/session';
import { generateCorporation } from '../../../shared/demo/generator';
import { seedDemoLiability } from '../seed-liability';
import { seedDemoMoney } from '../seed-money';
import { seedDemoDocuments } from '../seed-documents';
import { AppError, notFound } from '../app-error';
import { type HandlerContext, nowIso } from '../context';
import { schemaVersion } from '../db/migrations';
import { uuidv7 } from '../db/ids';
import { seedCorporation } from '../seed';
import type { HandlerGroup } from './types';

/** The demo corporation: about 40 complexes and 300 initiatives, always the same for the same seed. */
export const DEMO = { seed: 20_26, complexes: 40, initiatives: 300, wijkbeheerders: 4 };

function session(ctx: HandlerContext): Session {
  const settings = ctx.settings.read();
  const currentStaff = settings.currentStaffId ? (ctx.repos.staff.get(settings.currentStaffId) ?? null) : null;
  return { initialized: currentStaff !== null, settings, currentStaff, staff: ctx.repos.staff.list() };
}

function writeSettings(ctx: HandlerContext, patch: Partial<Settings>): Settings {
  const next = { ...ctx.settings.read(), ...patch };
  ctx.settings.write(next);
  return next;
}

export const sessionHandlers: HandlerGroup<'app:info' | 'session:get' | 'session:initialize' | 'settings:update'> = {
  'app:info': (_input, ctx) => ({ ...ctx.info, schemaVersion: schemaVersion(ctx.db) }),

  'session:get': (_input, ctx) => session(ctx),

  'session:initialize': ({ staff, demo }, ctx) => {
    if (demo && ctx.repos.complexes.list(true).length > 0) throw new AppError('CONFLICT', 'err.demo.notEmpty');
    const id = uuidv7();
    const at = nowIso(ctx);
    ctx.db
      .transaction(() => {
        ctx.repos.staff.insert({ id, ...staff }, at, id);
        if (demo) {
          seedCorporation(ctx.db, generateCorporation(DEMO), { actorId: id, now: ctx.clock.now() });
          seedDemoMoney(ctx.repos, { by: id, now: ctx.clock.now() });
          seedDemoLiability(ctx.repos, { by: id, now: ctx.clock.now() });
          seedDemoDocuments(ctx.repos, ctx.files, { by: id, now: ctx.clock.now() });
        }
      })
      .immediate();
    writeSettings(ctx, { currentStaffId: id });
    return session(ctx);
  },

  'settings:update': (patch, ctx) => {
    const next = patch.currentStaffId ? ctx.repos.staff.get(patch.currentStaffId) : undefined;
    if (patch.currentStaffId && !next) throw notFound('staff');
    const previous = ctx.settings.read().currentStaffId;
    const before = previous ? ctx.repos.staff.get(previous) : undefined;
    // Working as someone else (and so in another role) is a deliberate act on a shared laptop: it is recorded.
    if (next && before && next.id !== before.id) {
      ctx.repos.audit.record({
        at: nowIso(ctx),
        actorId: before.id,
        entity: 'session',
        entityId: USER_SWITCH_LOG_ID,
        action: 'update',
        changes: { currentStaffId: { from: before.id, to: next.id }, role: { from: before.role, to: next.role } },
      });
    }
    const gridState = patch.gridState ? { ...ctx.settings.read().gridState, ...patch.gridState } : undefined;
    return writeSettings(ctx, { ...patch, ...(gridState ? { gridState } : {}) });
  },
};
