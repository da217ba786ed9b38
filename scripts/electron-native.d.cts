export function ensureElectronSqlite(root?: string, pkg?: string): string;
