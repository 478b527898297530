import type { Locator, Page } from '@playwright/test';

/** Where the focus is relative to `el`: on it, in its radio group (Tab stops once per group), or elsewhere. */
function focusOn(el: Element): 'target' | 'same-group' | 'elsewhere' {
  const active = document.activeElement;
  if (el === active) return 'target';
  const radio = (e: Element | null): e is HTMLInputElement =>
    e instanceof HTMLInputElement && e.type === 'radio';
  return radio(el) && radio(active) && el.name !== '' && el.name === active.name
    ? 'same-group'
    : 'elsewhere';
}

/**
 * Reaches `target` the way a keyboard user does: Tab, one stop at a time, and in a group of radio
 * buttons (one Tab stop) the arrow keys. Fails, naming the control, when it is not reached within
 * `maxStops`: a control the keyboard never reaches is a control a keyboard user cannot use.
 */
export async function tabTo(page: Page, target: Locator, maxStops = 400): Promise<void> {
  await target.waitFor();
  for (let stop = 0; stop < maxStops; stop++) {
    const where = await target.evaluate(focusOn);
    if (where === 'target') return;
    await page.keyboard.press(where === 'same-group' ? 'ArrowDown' : 'Tab');
  }
  throw new Error(`The keyboard never reached ${target.toString()} in ${maxStops} stops`);
}

/** Reaches `target` by keyboard, then presses `key` on it (Enter for links and buttons, Space for choices). */
export async function pressOn(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}
