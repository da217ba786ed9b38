import { app, session } from 'electron';
import { denyAllPermissions, lockDownContents } from './checklist';

/**
 * SECURITY: applies Electron's checklist (see checklist.ts) to the session and to every web contents as it is
 * created: no navigation away from our pages, no new windows, no webviews, and every permission denied.
 */
export function hardenAllContents() {
  denyAllPermissions(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
