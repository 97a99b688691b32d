import { near, procedures } from './define-entries';

/** Sympathetic/autonomic ganglion & visceral plexus blocks (catalog-reference §2.4). */
export const sympatheticEntries = procedures('sympathetic', [
  {
    id: 'sympathetic-block',
    name: 'Sympathetic block (site unstated)',
    synonyms: [
      'sympathetic block',
      'sympathetic nerve block',
      'sympathetic chain block',
      'sympathetic ganglion block',
      'sympathetic blockade',
    ],
    notes:
      'Added beyond the reference, which calls "sympathetic chain blocks" generic: "Sympathetic nerve ' +
      'block" and "stellate ganglion and sympathetic chain blocks" name no single site.',
  },
  {
    id: 'stellate-ganglion-block',
    name: 'Stellate ganglion block',
    parent: 'sympathetic-block',
    synonyms: [
      'stellate ganglion block',
      'stellate ganglion nerve block',
      'stellate block',
      // "Stellate ganglion and sympathetic chain blocks": the ganglion is only ever blocked here.
      'stellate ganglion',
      'stellate ganglian',
      'stellate ganglia',
      'cervical sympathetic block',
      'cervicothoracic sympathetic block',
      'cervicothoracic ganglion block',
    ],
    abbreviations: ['SGB'],
  },
  {
    id: 'thoracic-sympathetic-block',
    name: 'Thoracic sympathetic block',
    parent: 'sympathetic-block',
    synonyms: [
      'thoracic sympathetic block',
      'thoracic sympathetic nerve block',
      'thoracic sympathetic chain block',
      'thoracic sympathetic ganglion block',
      't2 t3 sympathetic block',
      't2 sympathetic block',
      'thoracic sympathectomy',
      'thoracic sympathectomies',
    ],
  },
  {
    id: 'lumbar-sympathetic-block',
    name: 'Lumbar sympathetic block',
    parent: 'sympathetic-block',
    synonyms: [
      'lumbar sympathetic block',
      'lumbar sympathetic nerve block',
      'lumbar sympathetic chain block',
      'lumbar sympathetic ganglion block',
      'lumbar sympathetic plexus block',
    ],
    // LSB is also a computing term ("least significant bit").
    abbreviations: ['LSGB', near('LSB', ['sympathetic'])],
  },
  {
    id: 'celiac-plexus-block',
    name: 'Celiac plexus block / neurolysis',
    parent: 'sympathetic-block',
    synonyms: [
      'celiac plexus block',
      'celiac plexus neurolysis',
      'celiac plexus',
      'celiac plexis',
      'celiac block',
      'celiac nerve block',
      'celiac ganglion block',
      'coeliac plexus',
      'coeliac block',
    ],
    // CPB is cardiopulmonary bypass on anesthesiology pages.
    abbreviations: [
      near('CPB', ['celiac', 'coeliac', 'plexus']),
      near('CPN', ['celiac', 'coeliac', 'plexus', 'neurolysis']),
    ],
  },
  {
    id: 'splanchnic-nerve-block',
    name: 'Splanchnic nerve block / neurolysis',
    parent: 'sympathetic-block',
    synonyms: [
      'splanchnic',
      'splanchnic nerve',
      'splanchnic block',
      'splanchnic neurolysis',
      'greater splanchnic',
    ],
  },
  {
    id: 'superior-hypogastric-block',
    name: 'Superior hypogastric plexus block',
    parent: 'sympathetic-block',
    synonyms: [
      'superior hypogastric plexus block',
      'superior hypogastric nerve plexus block',
      'superior hypogastric block',
      'hypogastric plexus',
      'hypogastric nerve plexus',
      'hypogastric block',
      'superior hypogastic plexus',
      'hypogastic plexus',
    ],
    abbreviations: ['SHPB', 'SHGB'],
  },
  {
    id: 'ganglion-impar-block',
    name: 'Ganglion impar block',
    parent: 'sympathetic-block',
    synonyms: [
      'ganglion impar',
      'ganglion impar block',
      'impar block',
      'impar ganglion',
      'ganglion of impar',
      'ganglion of walther',
      'sacrococcygeal ganglion block',
      'coccygeal ganglion block',
    ],
  },
  {
    id: 'sphenopalatine-ganglion-block',
    name: 'Sphenopalatine ganglion block',
    // No sympathetic parent: the ganglion is mainly parasympathetic, and SPG stimulation is another therapy.
    synonyms: [
      'sphenopalatine ganglion block',
      'sphenopalatine block',
      'spheno palatine ganglion block',
      'pterygopalatine ganglion block',
      'spg block',
    ],
    abbreviations: ['SPGB'],
    brands: ['Tx360', 'SphenoCath'],
  },
]);
