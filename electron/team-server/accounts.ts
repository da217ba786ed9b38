import type { z } from 'zod';
import type { Account, accountCreate, accountUpdate } from '../../shared/contract/team-protocol';
import { uuidv7 } from '../backend/db/ids';
import { hashPassword } from './auth';
import type { Executor } from './executor';
import type { TeamStore } from './store';

/**
 * The team's accounts: each is a staff member of the team (a row every laptop receives, with the role the server
 * gives it) plus a login on the server. Only the server changes roles; a laptop can no longer pick one.
 */
export function teamAccounts(store: TeamStore, executor: Executor) {
  const { repos } = executor;
  async function create(by: Account | null, input: z.infer<typeof accountCreate>): Promise<Account> {
    const account: Account = {
      staffId: uuidv7(),
      login: input.login,
      name: input.name,
      role: input.role,
      wijken: input.wijken,
      active: input.active,
    };
    const actor = by ?? account;
    const at = new Date().toISOString();
    await store.saveAccount(account, await hashPassword(input.password));
    await executor.direct(actor, () => {
      repos.staff.insert(asStaff(account), at, by ? by.staffId : account.staffId);
      repos.audit.record({
        at,
        actorId: actor.staffId,
        entity: 'staff',
        entityId: account.staffId,
        action: 'create',
        changes: { role: { from: null, to: account.role } },
      });
    });
    return account;
  }
  async function update(by: Account, input: z.infer<typeof accountUpdate>): Promise<Account | undefined> {
    const current = await store.account(input.staffId);
    if (!current) return undefined;
    const account: Account = {
      staffId: current.staffId,
      login: current.login,
      name: input.name,
      role: input.role,
      wijken: input.wijken,
      active: input.active,
    };
    await store.saveAccount(account, input.password ? await hashPassword(input.password) : undefined);
    const at = new Date().toISOString();
    await executor.direct(by, () => {
      repos.staff.update(asStaff(account), at, by.staffId);
      if (current.role !== account.role) {
        repos.audit.record({
          at,
          actorId: by.staffId,
          entity: 'staff',
          entityId: account.staffId,
          action: 'update',
          changes: { role: { from: current.role, to: account.role } },
        });
      }
    });
    return account;
  }
  return { create, update, list: () => store.accounts() };
}

const asStaff = (account: Account) => ({ id: account.staffId, name: account.name, role: account.role });
