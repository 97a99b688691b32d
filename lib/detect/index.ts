export {
  detectProgram,
  detectProgramPage,
  MIN_PROGRAM_WORDS,
  PROGRAM_THRESHOLD,
  type Detection,
} from './detect-program';
export { LOOK_ALIKES, type LookAlikeKind } from './look-alikes';
export { PROGRAM_WORDS } from './program-words';
export {
  completeSignals,
  headlineText,
  namesFellowship,
  readHeadline,
  readLead,
  readSignals,
  LEAD_CHARS,
  type Headline,
  type PageSignals,
} from './signals';
export { detectSpecialty } from './specialty';
export { programKey } from './program-key';
