export function electronBinary(): { ok: true; path: string } | { ok: false; reason: string };
