import { describe, expect, test } from 'vitest';
import { buildCatalog } from './build-catalog';
import { painMedicineCatalog, painMedicineCatalogInput } from './pain-medicine';
import { Catalog, type CatalogEntry } from './schema';
import { surfaceForms, type ResolvedSurfaceForm } from './surface-forms';

const catalog = painMedicineCatalog;
const byId = new Map(catalog.entries.map((entry) => [entry.id, entry]));
const procedures = catalog.entries.filter((entry) => entry.kind === 'procedure');
const benefits = catalog.entries.filter((entry) => entry.kind === 'benefit');

/** Every procedure id of catalog-reference §2, which the catalog must keep (ids are never renamed). */
// prettier-ignore
const REFERENCE_PROCEDURE_IDS = [
  'epidural-steroid-injection', 'interlaminar-esi', 'transforaminal-esi', 'caudal-esi',
  'selective-nerve-root-block', 'epidural-adhesiolysis', 'epidural-blood-patch', 'neuraxial-catheter',
  'facet-joint-injection', 'medial-branch-block', 'sacroiliac-joint-injection', 'radiofrequency-ablation',
  'facet-rfa', 'sij-rfa', 'genicular-rfa', 'hip-rfa', 'shoulder-rfa', 'pulsed-radiofrequency',
  'trigeminal-rhizotomy', 'cryoneurolysis', 'chemical-neurolysis', 'stellate-ganglion-block',
  'thoracic-sympathetic-block', 'lumbar-sympathetic-block', 'celiac-plexus-block', 'splanchnic-nerve-block',
  'superior-hypogastric-block', 'ganglion-impar-block', 'sphenopalatine-ganglion-block',
  'peripheral-nerve-block', 'occipital-nerve-block', 'trigeminal-branch-block', 'gasserian-ganglion-block',
  'intercostal-nerve-block', 'suprascapular-nerve-block', 'genicular-nerve-block', 'groin-nerve-block',
  'pudendal-nerve-block', 'lfcn-block', 'fascial-plane-block', 'brachial-plexus-block',
  'lower-extremity-block', 'nerve-hydrodissection', 'neuromodulation', 'spinal-cord-stimulation',
  'scs-trial', 'scs-implant', 'scs-paddle-lead', 'neurostimulator-revision', 'drg-stimulation',
  'peripheral-nerve-stimulation', 'occipital-nerve-stimulation', 'restorative-neurostimulation',
  'intrathecal-drug-delivery', 'intrathecal-trial', 'intrathecal-pump-implant',
  'intrathecal-pump-management', 'vertebral-augmentation', 'kyphoplasty', 'vertebroplasty',
  'vertebral-bone-biopsy', 'basivertebral-nerve-ablation', 'mild-decompression', 'interspinous-spacer',
  'sij-fusion', 'vertebral-tumor-ablation', 'discography', 'percutaneous-disc-decompression',
  'intradiscal-thermal', 'joint-injection', 'bursa-soft-tissue-injection', 'trigger-point-injection',
  'piriformis-injection', 'viscosupplementation', 'acupuncture', 'iv-infusion-therapy', 'ketamine-infusion',
  'lidocaine-infusion', 'botulinum-toxin-injection', 'capsaicin-8-patch', 'regenerative-medicine',
  'platelet-rich-plasma', 'cell-based-therapy', 'prolotherapy', 'fluoroscopic-guidance',
  'ultrasound-guidance', 'ct-guidance', 'electrodiagnostic-testing',
];

/** Approximates the matcher's normalizer (lowercase, fold - / _ and spaces, strip ® ™ ° *). */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[®™°*]/g, '')
    .replace(/[\s\-/_]+/g, ' ')
    .trim();
}

const allForms = catalog.entries.flatMap((entry) => surfaceForms(entry).map((form) => ({ entry, form })));
const isContext = (form: ResolvedSurfaceForm) => form.context !== undefined;

describe('the shipped Pain Medicine catalog', () => {
  test('passes the schema, and buildCatalog gives what Catalog.parse gives', () => {
    const parsed = Catalog.parse(painMedicineCatalogInput);
    expect(catalog).toEqual(parsed);
    expect(buildCatalog(painMedicineCatalogInput)).toEqual(parsed);
  });

  test('ids are unique, among entries and among categories', () => {
    const dupes = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes(catalog.entries.map((e) => e.id))).toEqual([]);
    expect(dupes(catalog.categories.map((c) => c.id))).toEqual([]);
  });

  test.each(REFERENCE_PROCEDURE_IDS)('keeps the reference id %s as a procedure', (id) => {
    expect(byId.get(id)?.kind).toBe('procedure');
  });

  test('has at least 80 procedures in at least 12 categories, and at least 25 benefits', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(80);
    expect(new Set(procedures.map((e) => e.category)).size).toBeGreaterThanOrEqual(12);
    expect(benefits.length).toBeGreaterThanOrEqual(25);
  });

  test('every category is used, and has entries of its own kind only', () => {
    for (const category of catalog.categories) {
      const kinds = new Set(catalog.entries.filter((e) => e.category === category.id).map((e) => e.kind));
      expect([...kinds], category.id).toEqual([category.kind]);
    }
  });
});

describe.each(catalog.entries.map((entry) => [entry.id, entry] as const))(
  'entry %s',
  (_id, entry: CatalogEntry) => {
    test('its category exists', () => {
      expect(catalog.categories.some((c) => c.id === entry.category)).toBe(true);
    });

    test('its parent exists, has the same kind, and no cycle leads back to it', () => {
      const seen = new Set([entry.id]);
      for (let id = entry.parent; id !== undefined; id = byId.get(id)?.parent) {
        expect(seen.has(id), `cycle through ${id}`).toBe(false);
        seen.add(id);
        expect(byId.get(id)?.kind, `parent ${id}`).toBe(entry.kind);
      }
    });

    test('its phases name existing children', () => {
      for (const [phase, childId] of Object.entries(entry.phases ?? {})) {
        expect(byId.get(childId)?.parent, `${phase} → ${childId}`).toBe(entry.id);
      }
    });

    test('a benefit has a value type, a procedure none', () => {
      expect(entry.valueType === undefined).toBe(entry.kind === 'procedure');
    });

    test('has forms, none listed twice', () => {
      const keys = surfaceForms(entry).map(
        (f) => `${f.caseSensitive ? f.text : fold(f.text)}|${f.context?.join() ?? ''}`,
      );
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    });
  },
);

describe('surface forms', () => {
  test('no form is claimed by two entries unless both are context forms', () => {
    const claims = new Map<string, { id: string; form: ResolvedSurfaceForm }[]>();
    for (const { entry, form } of allForms) {
      const key = fold(form.text);
      claims.set(key, [...(claims.get(key) ?? []), { id: entry.id, form }]);
    }
    const clashes: string[] = [];
    for (const [key, list] of claims) {
      for (const [i, a] of list.entries()) {
        for (const b of list.slice(i + 1)) {
          if (a.id === b.id || (isContext(a.form) && isContext(b.form))) continue;
          // Two case-exact abbreviations with different case ("PRF" vs "pRF") never match the same text.
          if (a.form.caseSensitive && b.form.caseSensitive && a.form.text !== b.form.text) continue;
          clashes.push(`"${key}": ${a.id} / ${b.id}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  test.each(
    allForms.filter(({ form }) => form.caseSensitive).map(({ entry, form }) => [form.text, entry.id]),
  )('abbreviation %s (%s) has an uppercase letter or a digit', (text) => {
    expect(text).toMatch(/[A-Z0-9]/);
  });

  test('synonyms are written lowercase with plain spaces, as the normalizer would leave them', () => {
    const unfolded = allForms
      .filter(({ form }) => form.source === 'synonym' && form.text !== fold(form.text))
      .map(({ entry, form }) => `${entry.id}: ${form.text}`);
    expect(unfolded).toEqual([]);
  });

  test('context words are single lowercase word prefixes', () => {
    const bad = allForms.flatMap(({ entry, form }) =>
      (form.context ?? [])
        .filter((w) => !/^[a-z0-9]+$/.test(w))
        .map((w) => `${entry.id}: ${form.text} ~ ${w}`),
    );
    expect(bad).toEqual([]);
  });

  // Words that mean something else on fellowship pages: never a form without context.
  test.each([
    'block',
    'trial',
    'pump',
    'implant',
    'stim',
    'mild',
    'epidural',
    'injection',
    'revision',
    'scs',
    'drg',
    'pns',
  ])('the ambiguous word "%s" is never a form in any case without context', (word) => {
    const offenders = allForms.filter(
      ({ form }) => !isContext(form) && !form.caseSensitive && fold(form.text) === word,
    );
    expect(offenders.map(({ entry }) => entry.id)).toEqual([]);
  });

  test.each(['VA', 'PD', 'US', 'IA', 'SI'])('"%s" is never a form at all', (token) => {
    const offenders = allForms.filter(({ form }) => fold(form.text) === token.toLowerCase());
    expect(offenders.map(({ entry }) => entry.id)).toEqual([]);
  });
});
