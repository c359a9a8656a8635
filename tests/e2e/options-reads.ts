// What a keyboard user and a scroll bar meet on a page, read in the page (expressions run there).

/**
 * The Tab stops of the page in the order Tab visits them: enabled, rendered controls not taken out of the order
 * (tabindex -1), a closed <details> hiding its content, a radio group counted once (Tab enters at its checked radio).
 */
export const TAB_STOPS = `(() => {
  const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
  const stops = [...document.querySelectorAll(focusable)].filter((el) => {
    // checkVisibility: a closed <details> hides its content with content-visibility, which leaves boxes in place.
    if (el.disabled || el.tabIndex < 0 || !el.checkVisibility({ visibilityProperty: true })) return false;
    if (el.type === 'hidden') return false;
    if (el.type === 'radio' && el.name) {
      const group = [...document.querySelectorAll('input[type="radio"][name="' + CSS.escape(el.name) + '"]')];
      return el === (group.find((r) => r.checked) ?? group[0]);
    }
    return true;
  });
  return stops.length;
})()`;

/** The page's full height in CSS pixels, as far as the scroll bar goes. */
export const PAGE_HEIGHT = `Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)`;

/** A typical laptop window, where the figures are read. */
export const LAPTOP = { width: 1280, height: 800 } as const;
