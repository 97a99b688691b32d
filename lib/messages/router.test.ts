import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Handlers } from './router';
import { fakeSignals } from '../../tests/support/factories';

const handlers: Handlers = {
  'page-seen': ({ signals }) => ({ programKey: new URL(signals.url).hostname }),
  'annotate-tab': () => ({ injected: false }),
  'add-note': ({ note }) => ({ note: { ...note, id: 'n1', createdAt: 1, updatedAt: 1 } }),
  'stage-note': () => ({ token: 't1' }),
  'staged-note': () => ({ programKey: 'p', itemId: null, url: null, anchor: null, about: '' }),
  'note-frame-done': () => ({ delivered: false }),
  'update-note': () => ({ updatedAt: 1 }),
  'delete-note': () => ({ deleted: false }),
  'save-program-notes': () => ({ updatedAt: 1 }),
  'rename-program': () => ({ renamed: false }),
  'merge-programs': () => ({ merged: false }),
  'delete-program': () => ({ deleted: false }),
  'save-weights': () => ({ saved: false }),
  'export-data': () => ({}),
  'import-data': () => ({ programs: 0, notes: 0 }),
  'analyze-text': () => ({
    matches: { entries: [], spans: [] },
    categories: {},
    facts: null,
    programKey: null,
    notes: [],
    display: { show: { procedure: true, benefit: true }, collapsed: false },
    detection: {
      isProgram: false,
      score: 0,
      reasons: [],
      specialty: null,
      programName: null,
      institution: null,
    },
  }),
  'list-programs': () => ({
    programs: [],
    notes: [],
    programNotes: [],
    weights: {},
    skipped: 0,
    complete: [],
    ranking: [],
    rows: [],
    included: null,
    comparison: { programs: [], groups: [] },
  }),
  'export-csv': () => ({ csv: '' }),
};

describe('createRouter', () => {
  test('answers a valid request with its handler value', async () => {
    const route = createRouter(handlers);
    await expect(route({ type: 'page-seen', signals: fakeSignals() })).resolves.toEqual({
      ok: true,
      value: { programKey: 'medicine.example.edu' },
    });
  });

  test('passes who sent the request to the handler', async () => {
    const route = createRouter({
      ...handlers,
      'annotate-tab': (_r, sender) => ({ injected: sender.tabId === 7 }),
    });
    await expect(route({ type: 'annotate-tab', tabId: 1 }, { tabId: 7 })).resolves.toEqual({
      ok: true,
      value: { injected: true },
    });
  });

  test.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'drop-database' }],
    ['signals without a url', { type: 'page-seen', signals: { ...fakeSignals(), url: 'not a url' } }],
    ['null', null],
  ])('rejects %s with an error, without calling a handler', async (_label, raw) => {
    let called = false;
    const route = createRouter({
      ...handlers,
      'page-seen': () => ((called = true), { programKey: null }),
    });
    const result = await route(raw);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error).toMatch(/Invalid request/);
    expect(called).toBe(false);
  });

  test('turns a throwing handler into an error result, and logs it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const route = createRouter({
      ...handlers,
      'list-programs': () => {
        throw new Error('disk full');
      },
    });
    await expect(route({ type: 'list-programs' })).resolves.toEqual({ ok: false, error: 'disk full' });
    expect(error).toHaveBeenCalledOnce();
  });
});
