import { createBackend } from '../../electron/backend/create-backend';
import { memorySettingsStore } from '../../electron/backend/settings-store';
import { tempDir } from '../fixtures/backend';
import { seedFullScale } from './foundation';
import { searchResident } from './field-work';
import { evidence, welcomeWorklist } from './reciprocity';
async function main() {
const dataDir = tempDir('zz-');
const b0 = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
const s = await b0.invoke('session:initialize', { staff: { name: 'Bench', role: 'teamleider' }, demo: false });
if (!s.ok) throw new Error('x');
const staffId = s.data.currentStaff!.id;
console.log(seedFullScale(b0, staffId));
b0.close();
const backend = createBackend({ dataDir, settings: memorySettingsStore({ currentStaffId: staffId }), mode: 'test', log: () => {} });
console.log(await searchResident(backend, staffId));
console.log(await evidence(backend));
console.log(await welcomeWorklist(backend, staffId));
const t0 = performance.now(); await backend.invoke('work:overview', {}); console.log('again', performance.now() - t0);
backend.close();

}
void main();
