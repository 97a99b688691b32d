/**
 * The stable key that makes the pages of one program land in one record: the site (host without
 * "www." and port) plus the specialty, so a department's pain and regional anesthesia fellowships
 * stay apart while the overview and curriculum pages of one program merge. A first version: the
 * recognition issue refines it for sites that host one specialty at several institutions.
 */
export function programKey(url: string, specialty: string | null, programName: string | null): string {
  const host = new URL(url).hostname.replace(/^www\./, '');
  const what = specialty ?? slug(programName ?? 'fellowship');
  return `${host}/${what}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
