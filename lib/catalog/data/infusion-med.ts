import { near, procedures } from './define-entries';

/** Infusions & medication-delivered therapies (catalog-reference §2.10). */
export const infusionMedEntries = procedures('infusion-med', [
  {
    id: 'iv-infusion-therapy',
    name: 'IV infusion therapy',
    synonyms: [
      'infusion therapy',
      'infusion therapies',
      'infusion clinic',
      'iv infusion',
      'intravenous infusion',
      'magnesium infusion',
      'bisphosphonate infusion',
      'pamidronate infusion',
    ],
    notes: 'Umbrella for infusions whose drug the page does not name.',
  },
  {
    id: 'ketamine-infusion',
    name: 'Ketamine infusion',
    parent: 'iv-infusion-therapy',
    // No bare "ketamine": pharmacology lectures and psychiatric esketamine clinics name it too.
    synonyms: [
      'ketamine infusion',
      'ketamine therapy',
      'ketamine therapies',
      'ketamine drip',
      'iv ketamine',
      'intravenous ketamine',
      // "Ketamine and lidocaine infusions": the drug word alone, only next to the infusion.
      near('ketamine', ['infusion', 'intravenous', 'drip'], 30),
    ],
  },
  {
    id: 'lidocaine-infusion',
    name: 'Lidocaine infusion',
    parent: 'iv-infusion-therapy',
    synonyms: [
      'lidocaine infusion',
      'lido infusion',
      'lidocaine challenge',
      'iv lidocaine',
      'intravenous lidocaine',
      near('lidocaine', ['infusion', 'intravenous', 'drip'], 30),
    ],
  },
  {
    id: 'botulinum-toxin-injection',
    name: 'Botulinum toxin injection',
    synonyms: [
      'botulinum toxin',
      'botulinum',
      'onabotulinumtoxina',
      'abobotulinumtoxina',
      'incobotulinumtoxina',
      'rimabotulinumtoxinb',
      'chemodenervation',
    ],
    abbreviations: ['BTX', 'BoNT', 'PREEMPT'],
    brands: ['Botox', 'Dysport', 'Xeomin', 'Myobloc'],
  },
  {
    id: 'capsaicin-8-patch',
    name: 'High-concentration (8%) capsaicin patch',
    // "%" survives normalization, so "8% capsaicin" matches only with the percent sign.
    synonyms: [
      'capsaicin 8% patch',
      '8% capsaicin',
      'topical 8% capsaicin',
      'high concentration capsaicin',
      'capsaicin patch',
      '8 percent capsaicin',
    ],
    brands: ['Qutenza'],
  },
]);
