/** Lets the page run (input, its own scripts, a frame) before the next step of a scan. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** After the browser has rendered a frame, or after 100 ms where it renders none (a background tab). */
export const afterFrame = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
