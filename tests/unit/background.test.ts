import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import type { Desk } from '../../lib/messages/schema';
import { fakeNoteDraft, fakeSignals } from '../support/factories';

// The background wiring end to end in Node: fake browser messaging, fake IndexedDB, real router and store.
describe('background', () => {
  test('classifies a page from its signals, stores a program page and lists it back', async () => {
    background.main();
    const seen = await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals: fakeSignals() });
    expect(seen).toEqual({ ok: true, value: { programKey: 'medicine.example.edu/pain-medicine' } });
    const listed = await fakeBrowser.runtime.sendMessage({ type: 'list-programs' });
    expect(listed).toMatchObject({
      ok: true,
      value: { skipped: 0, programs: [{ programKey: 'medicine.example.edu/pain-medicine' }] },
    });
  });

  test('answers a malformed message with an error instead of throwing', async () => {
    background.main();
    const answer = await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals: { url: 42 } });
    expect(answer).toMatchObject({ ok: false });
  });

  test('stores nothing for a look-alike that names a fellowship', async () => {
    background.main();
    const signals = fakeSignals({
      title: 'The Top 10 Pain Fellowship Programs',
      lead: 'In this article we rank programs.',
    });
    const seen = await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals });
    expect(seen).toEqual({ ok: true, value: { programKey: null } });
    const listed = await fakeBrowser.runtime.sendMessage({ type: 'list-programs' });
    expect(listed).toMatchObject({ ok: true, value: { programs: [] } });
  });

  /** The first stored page of the first program, as the popup would list it. */
  const firstStoredPage = async () => {
    const listed = (await fakeBrowser.runtime.sendMessage({ type: 'list-programs' })) as {
      value: Desk;
    };
    return listed.value.programs[0]?.pages[0];
  };

  test('analyzes a program page text: verdict and matches for the page, found items and facts stored', async () => {
    background.main();
    await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals: fakeSignals() });
    const text =
      'Pain Medicine Fellowship\nOur ACGME-accredited one-year fellowship trains four fellows in spinal cord stimulation. Fellows receive 15 vacation days.';
    const answer = (await fakeBrowser.runtime.sendMessage({
      type: 'analyze-text',
      signals: fakeSignals(),
      text,
      dom: { breaks: [24], heading: { start: 0, end: 24 }, tables: [] },
    })) as {
      ok: true;
      value: { detection: { isProgram: boolean }; matches: { entries: Array<{ id: string }> } };
    };
    expect(answer.ok).toBe(true);
    expect(answer.value.detection.isProgram).toBe(true);
    expect(answer.value.matches.entries.map((m) => m.id)).toContain('spinal-cord-stimulation');
    // Stored by the time the page has its answer: the popup lists what the page teaches and pays.
    const page = await firstStoredPage();
    expect(page?.items.map((i) => i.id)).toContain('spinal-cord-stimulation');
    expect(page?.facts?.vacationDays?.value).toBe(15);
  });

  test("reads the pay from a table's cells sent by the page; refuses more tables than a page may send", async () => {
    background.main();
    await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals: fakeSignals() });
    const text = 'Pain Medicine Fellowship\nPGY 5\n$80,372';
    const cell = (start: number, end: number) => ({ text: text.slice(start, end), span: { start, end } });
    const table = { caption: '', rows: [[cell(25, 30), cell(31, 38)]] };
    const scan = (tables: unknown[]) =>
      fakeBrowser.runtime.sendMessage({
        type: 'analyze-text',
        signals: fakeSignals(),
        text,
        dom: { breaks: [24, 30], heading: { start: 0, end: 24 }, tables },
      }) as Promise<{ ok: boolean }>;
    expect(await scan([table])).toMatchObject({ ok: true });
    expect((await firstStoredPage())?.facts?.stipend).toMatchObject({ value: 80372, quote: 'PGY 5 $80,372' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await scan(Array.from({ length: 5 }, () => table))).toMatchObject({ ok: false });
  });
});

describe('background: what comes with a scan', () => {
  const text = 'Pain Medicine Fellowship\nFellows learn spinal cord stimulation.';
  const dom = { breaks: [24], heading: { start: 0, end: 24 }, tables: [] };
  /** A message from a frame of tab 5, as the browser reports its sender. */
  const fromFrame = async (message: unknown, frameId: number, url: string) => {
    // Only what the background reads of a sender (the fake's type wants a whole tab).
    const sender = { tab: { id: 5 }, frameId, url } as never;
    const answers: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender);
    return answers.find(Boolean) as { ok: boolean; value: Record<string, unknown> };
  };

  test("the annotator's first scan uses the signals its frame's detector sent, for the address it sent them at", async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // No real tab to inject into here.
    background.main();
    const signals = fakeSignals();
    await fromFrame({ type: 'page-seen', signals }, 0, signals.url);
    const scan = { type: 'analyze-text', signals: null, text, dom };
    const answer = await fromFrame(scan, 0, signals.url);
    expect(answer.value).toMatchObject({ detection: { isProgram: true } });
    // Another frame, or the same frame at another address: the annotator is asked for them.
    expect((await fromFrame(scan, 2, signals.url)).value).toEqual({ needsSignals: true });
    expect((await fromFrame(scan, 0, `${signals.url}other/`)).value).toEqual({ needsSignals: true });
    // Sent with the scan, they are used.
    const sent = await fromFrame({ ...scan, signals }, 2, signals.url);
    expect(sent.value).toMatchObject({ detection: { isProgram: true } });
  });

  test('the legend’s remembered display choices come with the answer; malformed ones fall back to the defaults', async () => {
    background.main();
    const scan = { type: 'analyze-text', signals: fakeSignals(), text, dom };
    const display = async () =>
      ((await fakeBrowser.runtime.sendMessage(scan)) as { value: { display: unknown } }).value.display;
    expect(await display()).toEqual({ show: { procedure: true, benefit: true }, collapsed: false });
    await fakeBrowser.storage.local.set({ display: { show: { procedure: false }, collapsed: true } });
    expect(await display()).toEqual({ show: { procedure: false, benefit: true }, collapsed: true });
    await fakeBrowser.storage.local.set({ display: 'nonsense' });
    expect(await display()).toEqual({ show: { procedure: true, benefit: true }, collapsed: false });
  });
});

describe('background desk cache', () => {
  test('a listed desk is kept, and any write shows in the next listing', async () => {
    background.main();
    await fakeBrowser.runtime.sendMessage({ type: 'page-seen', signals: fakeSignals() });
    const programKey = 'medicine.example.edu/pain-medicine';
    const list = async () =>
      ((await fakeBrowser.runtime.sendMessage({ type: 'list-programs' })) as { value: Desk }).value;
    expect((await list()).programNotes).toEqual([]);
    await fakeBrowser.runtime.sendMessage({
      type: 'save-program-notes',
      notes: { programKey, text: 'first', rating: null, tags: [] },
    });
    expect((await list()).programNotes.map((n) => n.text)).toEqual(['first']);
    await fakeBrowser.runtime.sendMessage({ type: 'rename-program', programKey, name: 'Mine' });
    expect((await list()).programs[0]!.customName).toBe('Mine');
    await fakeBrowser.runtime.sendMessage({ type: 'delete-program', programKey });
    expect((await list()).programs).toEqual([]);
  });

  test('notes are staged only from a page, and read only by the note frame', async () => {
    background.main();
    const draft = fakeNoteDraft();
    // From an extension page (no tab), as from anything that is not a content script.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'stage-note', draft })).toEqual({
      ok: false,
      error: 'Notes are staged from a page.',
    });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'staged-note', token: 'any' })).toEqual({
      ok: false,
      error: 'Only the note frame reads a staged note.',
    });
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'note-frame-done', token: 'any', note: null }),
    ).toMatchObject({ ok: false });
  });
});
