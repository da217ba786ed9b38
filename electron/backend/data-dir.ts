import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'Samenspel';

/**
 * Where the database and files live: SAMENSPEL_DATA_DIR when set, else the platform's app-data folder
 * (the same folder Electron uses as userData for this app, so both modes share one database).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.SAMENSPEL_DATA_DIR) return env.SAMENSPEL_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
