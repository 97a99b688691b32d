import { buildCatalog } from './build-catalog';
import { ablativeEntries } from './data/ablative';
import { rfTargetEntries } from './data/ablative-rf-targets';
import { fundsEntries } from './data/benefits-funds';
import { insuranceEntries } from './data/benefits-insurance';
import { payEntries, timeOffEntries } from './data/benefits-pay-time';
import { perksEntries, policiesEntries } from './data/benefits-perks';
import { benefitCategories, procedureCategories } from './data/categories';
import { guidanceDxEntries } from './data/guidance-dx';
import { infusionMedEntries } from './data/infusion-med';
import { itddEntries } from './data/itdd';
import { misSpineEntries } from './data/mis-spine';
import { mskEntries } from './data/msk';
import { neuraxialEntries } from './data/neuraxial';
import { neuromodEntries } from './data/neuromod';
import { scsEntries } from './data/neuromod-scs';
import { peripheralEntries } from './data/peripheral';
import { regenerativeEntries } from './data/regenerative';
import { spineJointEntries } from './data/spine-joint';
import { sympatheticEntries } from './data/sympathetic';
import type { Catalog, CatalogInput } from './schema';

/** The Pain Medicine catalog as authored, in category order (what catalog.test.ts validates). */
export const painMedicineCatalogInput: CatalogInput = {
  id: 'pain-medicine',
  specialty: 'Pain Medicine',
  version: 1,
  categories: [...procedureCategories, ...benefitCategories],
  entries: [
    ...neuraxialEntries,
    ...spineJointEntries,
    ...ablativeEntries,
    ...rfTargetEntries,
    ...sympatheticEntries,
    ...peripheralEntries,
    ...neuromodEntries,
    ...scsEntries,
    ...itddEntries,
    ...misSpineEntries,
    ...mskEntries,
    ...infusionMedEntries,
    ...regenerativeEntries,
    ...guidanceDxEntries,
    ...payEntries,
    ...timeOffEntries,
    ...fundsEntries,
    ...insuranceEntries,
    ...perksEntries,
    ...policiesEntries,
  ],
};

/** Procedures and benefits of US Pain Medicine fellowships, ready for the matcher. */
export const painMedicineCatalog: Catalog = buildCatalog(painMedicineCatalogInput);
