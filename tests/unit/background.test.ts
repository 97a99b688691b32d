import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { fakeReport } from '../support/factories';

// The background wiring end to end in Node: fake browser messaging, fake IndexedDB, real router and store.
describe('background', () => {
  test('stores a reported program page and lists it back', async () => {
    background.main();
    const visited = await fakeBrowser.runtime.sendMessage({ type: 'page-visited', report: fakeReport() });
    expect(visited).toEqual({ ok: true, value: { programKey: 'medicine.example.edu/pain-medicine' } });
    const listed = await fakeBrowser.runtime.sendMessage({ type: 'list-programs' });
    expect(listed).toMatchObject({
      ok: true,
      value: { skipped: 0, programs: [{ programKey: 'medicine.example.edu/pain-medicine' }] },
    });
  });

  test('answers a malformed message with an error instead of throwing', async () => {
    background.main();
    const answer = await fakeBrowser.runtime.sendMessage({ type: 'page-visited', report: { url: 42 } });
    expect(answer).toMatchObject({ ok: false });
  });
});
