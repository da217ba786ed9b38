import { app, session } from 'electron';
import { isAllowedNavigation } from './security';

/**
 * SECURITY: applies Electron's checklist to every web contents: no navigation away from our pages, no new
 * windows, no webviews, and every permission request (camera, notifications, …) denied.
 */
export function hardenAllContents() {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
