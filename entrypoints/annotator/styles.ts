// The in-page UI's styles, scoped by its shadow root: the page's CSS cannot reach in, ours cannot
// leak out. `all: initial` on the host stops inherited page styles (fonts, colours, line height).
export const PANEL_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.lens { --bg: #ffffff; --fg: #1b1f24; --muted: #5b6470; --line: #d8dde3; --accent: #2257c5; --proc: rgba(64,140,255,.28); --ben: rgba(255,190,40,.4);
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--fg); }
@media (prefers-color-scheme: dark) {
  .lens { --bg: #1d2127; --fg: #e7eaee; --muted: #9aa4b1; --line: #353c45; --accent: #8db1ff; }
}
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 290px; max-height: 60vh; display: flex; flex-direction: column;
  background: var(--bg); border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); overflow: hidden; }
.panel header { display: flex; align-items: center; gap: 8px; padding: 8px 10px; border-bottom: 1px solid var(--line); }
.panel header strong { flex: 1; font-size: 13px; }
.panel.collapsed { width: auto; }
.panel.collapsed .body { display: none; }
.panel.collapsed header { border-bottom: 0; }
.body { overflow: auto; padding: 6px 10px 10px; }
.program { margin: 2px 0 6px; font-weight: 600; }
.why { color: var(--muted); margin-bottom: 6px; }
.why ul { margin: 4px 0 0; padding-left: 18px; }
.toggles { display: flex; gap: 12px; margin: 4px 0 8px; }
.toggles label { display: flex; align-items: center; gap: 4px; cursor: pointer; }
.swatch, ul.items button::before { display: inline-block; flex: none; width: 10px; height: 10px; border-radius: 2px; }
.swatch.procedure, ul.items button.procedure::before { background: var(--proc); outline: 1px solid rgba(40,110,230,.9); }
.swatch.benefit, ul.items button.benefit::before { background: var(--ben); outline: 1px solid rgba(210,140,0,.95); }
button.disclose { all: unset; display: flex; cursor: pointer; padding: 3px 4px; margin: 0 -4px; border-radius: 4px; }
button.disclose::before { content: '▸'; flex: none; width: 1em; color: var(--muted); }
button.disclose[aria-expanded="true"]::before { content: '▾'; }
.category > button.disclose { font-weight: 600; }
button.disclose:hover, button.disclose:focus-visible { background: rgba(127,127,127,.15); outline: 2px solid var(--accent); outline-offset: -2px; }
.category > ul.items { margin: 0 0 6px 10px; }
h3 { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 10px 0 4px; }
ul.items { list-style: none; margin: 0; padding: 0; }
ul.items button { all: unset; display: flex; width: 100%; gap: 6px; align-items: baseline; padding: 2px 4px; border-radius: 4px; cursor: pointer; }
ul.items button:hover, ul.items button:focus-visible { background: rgba(127,127,127,.15); outline: 2px solid var(--accent); outline-offset: -2px; }
ul.items button::before { content: ''; }
ul.items button::after { content: attr(data-count); margin-left: auto; color: var(--muted); font-variant-numeric: tabular-nums; }
button.icon { all: unset; cursor: pointer; padding: 2px 6px; border-radius: 4px; color: var(--muted); }
button.icon:focus-visible, button.icon:hover { outline: 2px solid var(--accent); }
.empty { color: var(--muted); }
.btn { font: inherit; padding: 4px 10px; border-radius: 6px; border: 1px solid var(--line); background: transparent; color: inherit; cursor: pointer; }
.btn.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
.btn:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.notes { margin-top: 10px; border-top: 1px solid var(--line); padding-top: 4px; }
.notes > .btn { margin: 2px 0 6px; }
.note { display: flex; flex-direction: column; gap: 1px; }
.note-quote { color: var(--muted); font-style: italic; font-size: 12px; }
.unplaced { color: #b26a00; font-size: 12px; }
`;

/**
 * What pops over the page (the hover card, the note offer and its hint, the note frame), adopted
 * the first time one is shown: most visits never show one, and parsing style rules costs the page
 * about 0.1 ms per kilobyte (measured in a fresh content-script world).
 */
export const POPOVER_CSS = `
.card { position: fixed; z-index: 2147483647; width: 280px; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); padding: 10px 12px; }
.card[hidden] { display: none; }
.card .name { font-weight: 700; font-size: 14px; margin-right: 20px; }
.card .category { color: var(--muted); margin: 2px 0 6px; }
.card .forms { margin: 0 0 8px; }
.card .close { position: absolute; top: 6px; right: 6px; }
.card .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 6px; align-items: center; }
.card .status { color: var(--muted); margin-right: auto; }
.offer { position: fixed; z-index: 2147483647; padding: 2px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.offer[hidden], .hint[hidden] { display: none; }
.note-frame { position: fixed; z-index: 2147483647; width: 300px; height: 180px; border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0,0,0,.22); background: var(--bg); color-scheme: light dark; }
`;
