import { WORD_CLASS, isWordCode } from './word-chars';

/** V8's alternations slow down sharply past about 2,000 terms; stay well below. */
export const MAX_FORMS_PER_REGEX = 1500;
/**
 * V8 skips its regexp optimizations for patterns longer than 20 KB (kRegExpTooLargeToOptimize):
 * measured here, a 32 KB pattern scanned 1 MB 8x slower than a 17 KB one. Split before that.
 */
export const MAX_SOURCE_LENGTH = 19_000;

/**
 * Any run of non-word chars between words of a form. A superset on purpose: spaces, dashes,
 * slashes, "®" and the rest of what normalizes to one space, in a few source chars (long classes
 * pushed the pattern past V8's 20 KB limit); resolveHit re-checks every hit against the normalizer.
 * Not `[\W_]`: with the `i` flag V8 case-folds a custom class at every use, and 800 of them took
 * 50 ms to compile against 10 ms for `\W`. An underscore between words sends the page to the
 * normalized scan instead (see needsNormalizedScan).
 */
export const SEPARATOR = '\\W+';
/** The trie key of a separator run (never a char of a normalized form's words). */
const SEP_UNIT = ' ';

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const SYNTAX = new Set('\\^$.*+?()[]{}|/-');

function piece(unit: string): string {
  if (unit === SEP_UNIT) return SEPARATOR;
  return SYNTAX.has(unit) ? `\\${unit}` : unit; // case is the `i` flag's job
}

/** Word chars one by one; each run of anything else becomes one separator unit. */
function units(form: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < form.length; i++) {
    if (isWordCode(form.charCodeAt(i))) out.push(form.charAt(i));
    else if (out[out.length - 1] !== SEP_UNIT) out.push(SEP_UNIT);
  }
  return out;
}

function insert(root: TrieNode, form: string): void {
  let node = root;
  for (const unit of units(form)) {
    let next = node.children.get(unit);
    if (!next) {
      next = { children: new Map(), terminal: false };
      node.children.set(unit, next);
    }
    node = next;
  }
  node.terminal = true;
}

/**
 * The pattern of what may follow `node`. Sibling branches start with different units that cannot
 * match the same char (but for a Latin letter beside a separator: "é" is `\W`), so greedy optional
 * groups find the longest form first and backtrack to shorter ones: the trie behaves like an
 * alternation sorted longest first, but V8 dispatches on the next char instead of trying every
 * alternative at every word start.
 */
function subpattern(node: TrieNode): string {
  const branches: string[] = [];
  for (const [unit, child] of node.children) {
    // Collapse single-child chains into a literal run; most of a trie is such chains.
    let literal = piece(unit);
    let tail = child;
    while (tail.children.size === 1 && !tail.terminal) {
      const [[nextUnit, nextNode]] = tail.children as unknown as [[string, TrieNode]];
      literal += piece(nextUnit);
      tail = nextNode;
    }
    branches.push(literal + subpattern(tail));
  }
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.terminal) return body;
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

const startsAscii = (form: string) => form.charCodeAt(0) < 0x80;

/**
 * One regex source matching, in the original text, every occurrence of `forms` (normalized, starting
 * and ending on word chars) as whole words, with an optional plural "s"/"es" — plus some look-alikes
 * that resolveHit rejects. A leading `\b` is far cheaper than a lookbehind (V8 then skips positions
 * fast), so only forms starting with a non-ASCII letter pay for the lookbehind.
 */
export function buildFormsSource(forms: readonly string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const form of forms) if (form.length > 0) insert(root, form);
  const start = forms.every(startsAscii) ? '\\b' : `(?<!${WORD_CLASS})`;
  // A lookahead on the possible first chars made V8 scan 1 MB about 30% faster than the bare trie
  // (measured with the 1,000-form catalog): it rejects most word starts before the alternation.
  const firsts = [...root.children.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  return `${start}(?=[${firsts}])${subpattern(root)}(?:e?s)?(?!${WORD_CLASS})`;
}

/** Sources for sorted forms, split in halves until each stays under both limits. */
function fitSources(forms: string[], perRegex: number): string[] {
  if (forms.length === 0) return [];
  const source = forms.length <= perRegex ? buildFormsSource(forms) : undefined;
  if (forms.length === 1 || (source !== undefined && source.length <= MAX_SOURCE_LENGTH)) {
    return [source ?? buildFormsSource(forms)];
  }
  const half = forms.length >> 1;
  return [...fitSources(forms.slice(0, half), perRegex), ...fitSources(forms.slice(half), perRegex)];
}

/**
 * Global case-insensitive regexes for the original text (no `u` flag: several times slower) that
 * together match every form. Usually one; more past {@link MAX_FORMS_PER_REGEX} forms or
 * {@link MAX_SOURCE_LENGTH} chars of pattern.
 */
export function buildFormRegexes(forms: readonly string[], perRegex = MAX_FORMS_PER_REGEX): RegExp[] {
  const unique = [...new Set(forms)].filter((f) => f.length > 0).sort();
  const groups = [unique.filter(startsAscii), unique.filter((f) => !startsAscii(f))];
  return groups.flatMap((group) => fitSources(group, perRegex)).map((source) => new RegExp(source, 'gi'));
}
