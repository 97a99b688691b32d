import { readSignals } from '../../lib/detect/signals';
import { readDomInputs } from '../../lib/extract/extract-facts';
import { HIGHLIGHT_CSS, paintHighlights, spansNear, type Painted } from '../../lib/highlight';
import { unpackFound, type PageMatch } from '../../lib/analyze/pack-found';
import type { DetectionResult } from '../../lib/messages/schema';
import { sendRequest } from '../../lib/messages/send';
import { collectText, toRange, type PageText } from '../../lib/text';
import { createPassageNotes } from './passage-notes';
import { h, type Mount } from './dom';
import { createHitTester } from './hit-test';
import { onScrollPause, readerOffset } from './follow-reader';
import { createHoverCard } from './hover-card';
import { createNoteFrameHost } from './note-frame-host';
import { mountShadowHost, renderPanel } from './panel';
import { NOTE_CSS } from './note-highlights';
import { adoptStyles } from './page-styles';
import { POPOVER_CSS } from './styles';
import { afterFrame, yieldToPage } from './schedule';
import { DEFAULT_DISPLAY } from '../../lib/highlight/display-settings';
import { saveSettings, type DisplaySettings } from './settings';
import type { Found } from '../../lib/analyze/summarize';
import { watchChanges } from './watch-changes';

/**
 * At most this many ranges are painted at once, around the reader (lib/highlight/spans-near.ts):
 * the browser's cost for every highlight change grows with the number of ranges registered, and
 * making each costs the page 1-1.6 µs in a fresh script world. 500 matches of the 1 MB benchmark
 * page span about 80 KB of its text, dozens of screens; moving a quarter of that away repaints.
 */
const MAX_RANGES = 500;

interface Scan {
  page: PageText;
  detection: DetectionResult;
  matches: PageMatch[];
  found: Found[];
  hitTest: (x: number, y: number) => number | null;
}

/**
 * Annotates the page: highlights, legend, hover card; rescans on changes. Setting up (evaluating
 * the script since `loadedAt`, the legend's shadow root, the highlight rules, listeners) is work on
 * the page too: measured, like the scans.
 */
export async function startAnnotator(signal: AbortSignal, loadedAt: number): Promise<{ rescan(): void }> {
  let categoryNames = new Map<string, string>();
  // The remembered choices come with the first scan's answer (nothing is shown before it).
  let settings: DisplaySettings = DEFAULT_DISPLAY;
  let displayRead = false;
  const { host, root } = mountShadowHost();
  const panel = h('div', { class: 'panel', 'data-testid': 'legend' });
  const lens = h('div', { class: 'lens' }, panel);
  root.append(lens);
  const removeStyles = adoptStyles(HIGHLIGHT_CSS + NOTE_CSS);
  // The hover card, the note offer and the note frame, with their styles, the first time one is shown.
  let popoverStyles = false;
  const mount: Mount = (el) => {
    if (!popoverStyles) adoptStyles(POPOVER_CSS, root);
    popoverStyles = true;
    lens.append(el);
    return el;
  };
  let painted: Painted | null = null;
  let scan: Scan | null = null;
  // Until the first scan: the annotator is only injected into program pages or on request.
  let programKey: string | null = null;

  // Notes are typed in a frame of the extension's own (note-frame-host.ts), never in the page.
  const frames = createNoteFrameHost(mount, (note) => passages.added(note), signal);
  const card = createHoverCard(
    mount,
    (id) => categoryNames.get(id) ?? id,
    async (found, at, trigger) => {
      if (!programKey) throw new Error('notes attach to program pages');
      card.hide();
      await frames.open(
        { programKey, itemId: found.id, url: document.URL, anchor: null, about: found.name },
        at,
        trigger.isConnected ? trigger : undefined,
      );
    },
  );
  const passages = createPassageNotes({
    host,
    scan: () => (scan && programKey ? { page: scan.page, programKey } : null),
    onChange: () => render(),
    frames,
    mount,
    signal,
  });

  // The first painted match among those shown, when a page has more than are painted at once.
  let paintedFrom: number | null = null;
  const near = (s: Scan) => {
    const shown = s.matches.filter((m) => settings.show[m.kind]);
    // Where the reader is matters only when not everything is painted (and may read layout).
    const offset = shown.length > MAX_RANGES ? readerOffset(s.page.text.length) : 0;
    return spansNear(shown, offset, MAX_RANGES);
  };
  const paint = () => {
    // Taking <mark> fallbacks out is our own change to the DOM too: no reason to rescan.
    if (painted) watcher.muted(painted.remove);
    painted = null;
    paintedFrom = null;
    if (!scan) return;
    const spans = near(scan);
    if (!spans.complete) paintedFrom = spans.first;
    painted = watcher.muted(() => paintHighlights(scan!.page, spans.spans));
  };
  // Paint again where the reader went once they have moved a quarter of the painted matches away.
  onScrollPause(() => {
    if (paintedFrom === null || !scan || Math.abs(near(scan).first - paintedFrom) < MAX_RANGES / 4) return;
    const started = performance.now();
    paint();
    performance.measure('fellowship-lens:paint', { start: started });
  }, signal);

  const openCategories = new Set<string>();
  const render = () =>
    renderPanel(
      panel,
      {
        isProgram: scan?.detection.isProgram ?? false,
        programName: scan?.detection.programName ?? null,
        reasons: scan?.detection.reasons ?? [],
        found: scan?.found ?? [],
        categoryNames,
        settings,
        notes: passages.notes(),
        openCategories,
      },
      {
        onNoteSelection: passages.openFromPanel,
        onRevealNote: passages.reveal,
        onToggle(kind, on) {
          settings = { ...settings, show: { ...settings.show, [kind]: on } };
          void saveSettings(settings);
          paint();
          render();
        },
        onCollapse(collapsed) {
          settings = { ...settings, collapsed };
          void saveSettings(settings);
          render();
        },
        onReveal: reveal,
      },
    );

  function reveal(found: Found, trigger: HTMLElement) {
    const match = scan?.matches[found.occurrences[0]!];
    const range = match && scan ? toRange(scan.page, match.start, match.end) : null;
    if (!range) return;
    (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
    const rect = range.getBoundingClientRect();
    card.show(found, { x: rect.left, y: rect.bottom }, { focus: true, returnFocus: trigger });
  }

  let scans = 0;
  async function rescan() {
    // Each step below is its own task (a 1 MB page would otherwise block the page for a long
    // one), so a newer scan may start meanwhile: the older one then stops at its next step.
    const generation = ++scans;
    const stale = () => signal.aborted || generation !== scans;
    let started = performance.now();
    const page = collectText(document.body ?? document.documentElement);
    // The first scan of a page its detector reported: the background kept the signals it sent.
    let signals = generation === 1 ? null : readSignals(document);
    // Measures are visible in DevTools' performance panel, and read by `npm run bench:browser`.
    performance.measure('fellowship-lens:read', { start: started });
    await yieldToPage();
    if (stale()) return;
    // Classification, matching and the fact patterns live in the background: compiled once there,
    // their work never runs on the page's main thread. The page collects its signals, its text and
    // the little the facts need from its DOM, and paints.
    started = performance.now();
    const dom = readDomInputs(document, page);
    performance.measure('fellowship-lens:dom', { start: started });
    const analyze = () => {
      // The browser serializes the message on this thread before the call returns: count it too.
      const sent = performance.now();
      const pending = sendRequest({ type: 'analyze-text', signals, text: page.text, dom });
      performance.measure('fellowship-lens:send', { start: sent });
      return pending;
    };
    let answer = await analyze();
    if ('needsSignals' in answer) {
      // A page annotated on request, or a worker restarted since: read the signals, and ask again.
      if (stale()) return;
      started = performance.now();
      signals = readSignals(document);
      performance.measure('fellowship-lens:read', { start: started });
      answer = await analyze();
      if ('needsSignals' in answer) throw new Error('The background did not take the page’s signals.');
    }
    if (stale()) return;
    started = performance.now();
    const { categories, detection } = answer;
    const { matches, found } = unpackFound(answer.matches);
    categoryNames = new Map(Object.entries(categories));
    programKey = answer.programKey;
    // Later answers do not undo a choice the user made here meanwhile (its save may be on its way).
    if (!displayRead) settings = answer.display;
    displayRead = true;
    let tester: ((x: number, y: number) => number | null) | undefined;
    // The hit tester's node index is built on the first hover, not for every scan.
    const hitTest = (x: number, y: number) => (tester ??= createHitTester(page, matches))(x, y);
    scan = { page, detection, matches, found, hitTest };
    // The user's passage notes, placed by the background in this text: a few ranges, painted now.
    watcher.muted(() => passages.show(page, answer.notes));
    performance.measure('fellowship-lens:index', { start: started });
    await yieldToPage();
    if (stale()) return;
    started = performance.now();
    render();
    performance.measure('fellowship-lens:render', { start: started });
    // The legend's first style and layout and the highlights' in separate frames: on a large page
    // each is close to a long task of its own.
    await afterFrame();
    if (stale()) return;
    started = performance.now();
    paint();
    // The last measure of a scan (the benchmark waits for it).
    performance.measure('fellowship-lens:paint', { start: started });
  }

  // Hover: with CSS highlights there is no element under the pointer, so hit-test the text.
  let frame = 0;
  const onMove = (event: MouseEvent) => {
    if (frame || !scan) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (event.composedPath().includes(host)) return;
      const index = scan?.hitTest(event.clientX, event.clientY);
      const match = index == null ? undefined : scan?.matches[index];
      const found =
        match && settings.show[match.kind] ? scan?.found.find((f) => f.id === match.id) : undefined;
      if (found) card.show(found, { x: event.clientX, y: event.clientY });
      else if (card.current() && !host.matches(':focus-within')) card.hide();
    });
  };
  document.addEventListener('mousemove', onMove, { passive: true, signal });
  document.addEventListener('keydown', (event) => event.key === 'Escape' && card.hide(), { signal });

  const watcher = watchChanges(() => void rescan(), signal, {}, host);
  signal.addEventListener('abort', () => {
    painted?.remove();
    passages.remove();
    removeStyles();
    host.remove();
  });
  performance.measure('fellowship-lens:start', { start: loadedAt });
  // Adding the highlight rules restyles the whole page (about 50 ms on a 1 MB page): let that
  // frame pass before the first scan's first task, so they do not add up to one long frame.
  await afterFrame();
  await rescan();
  return { rescan: () => void rescan() };
}
