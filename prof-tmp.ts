import { createBackend } from './electron/backend/create-backend';
import { memorySettingsStore } from './electron/backend/settings-store';
import { seedCorporation } from './electron/backend/seed';
import { generateCorporation } from './shared/demo/generator';
import { existsSync, mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
async function main() {
  const dataDir = '/tmp/prof-data';
  const fresh = !existsSync(dataDir + '/samenspel.db');
  mkdirSync(dataDir, { recursive: true });
  let backend = createBackend({ dataDir, settings: memorySettingsStore(), mode: 'test', log: () => {} });
  let staffId: string;
  if (fresh) {
    const s = await backend.invoke('session:initialize', { staff: { name: 'Bench', role: 'teamleider' }, demo: false });
    if (!s.ok) throw new Error('x');
    staffId = s.data.currentStaff!.id;
    seedCorporation(backend.db, generateCorporation({ seed: 42, complexes: 2000, initiatives: 100000, wijkbeheerders: 40 }), { actorId: staffId, now: new Date() });
    backend.close();
  } else {
    staffId = (backend.db.prepare("SELECT id FROM staff WHERE name='Bench'").get() as any).id;
    backend.close();
  }
  backend = createBackend({ dataDir, settings: memorySettingsStore({ currentStaffId: staffId }), mode: 'test', backgroundCheckpoints: true, log: () => {} });
  const complexes = await backend.invoke('complexes:list', {});
  const complexId = (complexes as any).data[0].id;
  const n = Number(process.argv[2] ?? 2000);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await backend.invoke('initiatives:create', { complexId, title: `Bench ${i}`, origin: 'bewoners', practiceType: 'zelf_beter' });
    times.push(performance.now() - t);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
  }
  times.sort((a, b) => a - b);
  console.log('p50', times[Math.floor(n * 0.5)].toFixed(3), 'p99', times[Math.floor(n * 0.99)].toFixed(3));
  backend.close();
}
void main();
