export function ensureElectronSqlite(root?: string): string;
