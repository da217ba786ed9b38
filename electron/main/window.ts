import { BrowserWindow, screen } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, secureWebPreferences } from './security';
import type { WindowState } from './settings';

/** Keeps a remembered window on a screen that still exists (a laptop leaves its docking station). */
function visibleBounds(state: WindowState | undefined) {
  if (!state) return { width: 1280, height: 860 };
  const onScreen = screen.getAllDisplays().some((display) => {
    const area = display.workArea;
    return (
      state.x >= area.x - 50 &&
      state.y >= area.y - 50 &&
      state.x < area.x + area.width &&
      state.y < area.y + area.height
    );
  });
  return onScreen ? state : { width: state.width, height: state.height };
}

export function createMainWindow(options: {
  state: WindowState | undefined;
  isPackaged: boolean;
  onBoundsChanged: (state: WindowState) => void;
}) {
  const window = new BrowserWindow({
    ...visibleBounds(options.state),
    // Every page is made to work from 768 px wide (small-screen tests), so the window may be that narrow.
    minWidth: 768,
    minHeight: 600,
    show: false,
    title: 'Samenspel',
    backgroundColor: '#f4f7f7',
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'index.cjs'), options.isPackaged),
  });
  if (options.state?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    if (window.isDestroyed()) return;
    options.onBoundsChanged({ ...window.getNormalBounds(), maximized: window.isMaximized() });
  };
  window.on('close', remember);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
