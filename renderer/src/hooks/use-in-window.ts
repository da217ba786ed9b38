import { type RefObject, useLayoutEffect } from 'react';

/** Space kept between a menu and the window's edge. */
const MARGIN = 8;

/**
 * Keeps a menu that opens beside its button inside the window: where the toolbar put the button (left on a wrapped
 * line, right on a wide one) decides which way the menu would run out, so it is measured once shown and moved back.
 */
export function useInWindow(menu: RefObject<HTMLElement | null>, open: boolean) {
  useLayoutEffect(() => {
    const element = menu.current;
    if (!open || !element) return;
    element.style.translate = '';
    const { left, right } = element.getBoundingClientRect();
    const over = right - (window.innerWidth - MARGIN);
    const shift = over > 0 ? -over : left < MARGIN ? MARGIN - left : 0;
    if (shift !== 0) element.style.translate = `${shift}px 0`;
  }, [menu, open]);
}
