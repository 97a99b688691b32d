/**
 * Facility names out of the phrases that list them: "Missouri Baptist Hospital and Barnes-Jewish
 * Hospital West County", "Barnes and Jewish Center for Advanced Medicine, Barnes and Jewish West
 * County, and Missouri Baptist Hospital", "Rush Surgicenter & Rush Oak Brook Surgicenter".
 */

const FACILITY =
  /\b(?:hospitals?|cent(?:er|re)s?|clinics?|surgicent(?:er|re)s?|institutes?|health|VA|veterans|infirmary|campus|pavilion|children'?s?)\b/i;

// A name made only of these words names a service, not a place ("the Pain Management Center").
const GENERIC = /* @__PURE__ */ new Set(
  'pain management center centre clinic clinics service services medicine medical chronic acute outpatient inpatient spine satellite site sites hospital hospitals interventional multidisciplinary the and of for &'.split(
    ' ',
  ),
);
// Lowercase words a facility name may hold; any other ends it ("Barnes-Jewish Hospital in St. Louis").
const NAME_LOWERCASE = new Set(['of', 'for', 'and', 'at', 'the', 'de', 'la', 'on', '&']);

/**
 * The facility names in a list phrase. Items are separated by commas; " and " / " & " inside an
 * item separates two names only when the part before it names a facility ("Barnes and Jewish
 * Hospital" is one name). With `wholeItems` (a "Location:" line, a list of facilities) an item
 * without a facility word is still a site ("Barnes and Jewish West County").
 */
export function splitSiteNames(phrase: string, wholeItems: boolean): string[] {
  const names: string[] = [];
  for (const item of phrase.split(/\s*[,;]\s*(?:and\s+|&\s+)?/)) {
    // Odd indexes hold the joiners, so a name keeps the words the page wrote ("and" or "&").
    const parts = item.split(/(\s+(?:and|&)\s+)/);
    let pending = '';
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i]!;
      pending = pending ? `${pending}${parts[i - 1] ?? ' '}${part}` : part;
      if (FACILITY.test(part)) {
        names.push(pending);
        pending = '';
      }
    }
    if (pending && wholeItems) names.push(pending);
  }
  return names.map(cleanName).filter(isSiteName);
}

/** A name without a leading article, trailing punctuation or words past its end. */
function cleanName(name: string): string {
  const words = name
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .split(' ');
  const kept: string[] = [];
  for (const word of words) {
    if (/^[a-z]/.test(word) && !NAME_LOWERCASE.has(word)) break;
    kept.push(word);
  }
  while (kept.length > 0 && NAME_LOWERCASE.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  return kept.join(' ').replace(/[.,:;)]+$/, '');
}

function isSiteName(name: string): boolean {
  if (!/^[\p{Lu}\d]/u.test(name) || name.length > 80) return false;
  return name.split(' ').some((w) => !GENERIC.has(w.toLowerCase()));
}

/** One key for the spellings of one place: "Barnes and Jewish Hospital" = "Barnes-Jewish Hospital". */
export function siteKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\s+(?:and|&)\s+|[-–—'’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
