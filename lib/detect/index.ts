export { detectProgram, detectProgramPage, PROGRAM_THRESHOLD, type Detection } from './detect-program';
export { readHeadline, readSignals, LEAD_CHARS, type PageSignals } from './signals';
export { detectSpecialty } from './specialty';
export { programKey } from './program-key';
