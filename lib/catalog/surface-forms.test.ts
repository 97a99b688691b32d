import { describe, expect, test } from 'vitest';
import { compileMatcher } from '../match';
import { painMedicineCatalog as catalog } from './pain-medicine';
import { surfaceForms, type ResolvedSurfaceForm } from './surface-forms';

const matcher = compileMatcher(catalog);
const idsIn = (text: string) => matcher.match(text).map((m) => m.id);

/** A neutral frame: none of its words is a form or a context word. */
const frame = (inner: string) => `Fellows learn ${inner} here.`;
/** A context form with its first context word right after it, where every window reaches. */
const inContext = (form: ResolvedSurfaceForm) =>
  frame(form.context ? `${form.text} (${form.context[0]})` : form.text);

const cases = catalog.entries.flatMap((entry) => surfaceForms(entry).map((form) => ({ id: entry.id, form })));

describe('every surface form finds its own entry', () => {
  test.each(cases.map(({ id, form }) => [id, form.text, inContext(form)]))(
    '%s ← "%s"',
    (id, _text, sentence) => {
      expect(idsIn(sentence)).toContain(id);
    },
  );
});

describe('a context form without its context finds nothing', () => {
  const plainTexts = new Set(
    cases.filter(({ form }) => !form.context).map(({ id, form }) => `${id}|${form.text.toLowerCase()}`),
  );
  // Skipped when the same entry also lists the text as a plain form (that one may match alone).
  const gated = cases.filter(
    ({ id, form }) => form.context && !plainTexts.has(`${id}|${form.text.toLowerCase()}`),
  );
  test.each(gated.map(({ id, form }) => [id, form.text]))('%s ← "%s" alone', (id, text) => {
    expect(idsIn(frame(text))).not.toContain(id);
  });
});

/** Out of context these mean something else on fellowship pages (catalog-reference §2.13). */
const NOT_PROCEDURES = [
  'Patients with mild pain are seen in the clinic.',
  'Fellows may enroll patients in a clinical trial.',
  'Rotations are organised in four-week blocks.',
  'DRG payment codes set hospital reimbursement.',
  'Lectures cover the peripheral nervous system (PNS).',
  'SNRI antidepressants such as duloxetine are reviewed.',
  'The program values evidence-based practice (EBP).',
  'Fellows rotate at the VA hospital.',
  'Please contact our PD with questions.',
  'Complete heart block needs a pacemaker.',
  'Cardiac cases on cardiopulmonary bypass (CPB) are not part of the year.',
  'Oral nutritional supplements (ONS) are discussed with dietitians.',
  'Gram-negative bacteria (GNB) cause most line infections.',
  'Migraine HA is treated in the headache clinic.',
  'Iliotibial band (ITB) syndrome is a sports complaint.',
  'The app team practises test-driven development (TDD).',
  'The LSB of the register is set.',
  'Insulin pump and PCA pump teaching happens on the wards.',
  'The SPRINT trial changed blood pressure targets.',
  'We proclaim our mission and evoke our history.',
  'A new NIH RFA was announced for pain research.',
  'OR block time is scheduled weekly.',
  'Applicants must be US citizens or permanent residents.',
  'A leave of absence (LOA) extends training.',
  'She holds an MSC in epidemiology.',
  'Imaging showed mild stenosis.',
  'Cochlear and dental implants are outside our scope.',
];

test.each(NOT_PROCEDURES)('"%s" names no procedure', (sentence) => {
  expect(matcher.match(sentence).filter((m) => m.kind === 'procedure')).toEqual([]);
});
