/** Far past any real collection (1,000 programs with notes is a few MB), short of freezing the UI. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
