import type { Catalog, ValueType } from '../catalog/schema';
import type { Match } from '../match/types';
import { readBenefitValue, isNegated } from './benefit-values';
import { textOf, type ExtractContext } from './context';
import { withEvidence, type Span } from './evidence';
import type { BenefitFact, BenefitValue } from './schema';
import { sentenceAt } from './sentences';

/** Each benefit's value type by catalog id: plain data, so it can travel with the matches. */
export type BenefitValueTypes = Readonly<Record<string, ValueType>>;

/** The value types of a catalog's benefits (`valueType` of each entry of kind 'benefit'). */
export function benefitValueTypes(catalog: Pick<Catalog, 'entries'>): Record<string, ValueType> {
  const types: Record<string, ValueType> = {};
  for (const entry of catalog.entries)
    if (entry.kind === 'benefit' && entry.valueType) types[entry.id] = entry.valueType;
  return types;
}

/**
 * One fact per benefit the matcher found, with the sentence around its mention as evidence:
 * `absent` only when every mention says it is not offered, else `present`, with the first value
 * a mention states. Booleans read as present/absent; lists as the names the page used.
 * `stipendUsd` is the headline stipend, which the `usd-by-pgy` entry takes.
 */
export function readBenefits(
  ctx: ExtractContext,
  matches: readonly Match[],
  valueTypes: BenefitValueTypes,
  stipendUsd: number | null = null,
): BenefitFact[] {
  const byId = new Map<string, Mention>();
  const names = new Map<string, string[]>();
  for (const match of matches) {
    if (match.kind !== 'benefit') continue;
    const kept = byId.get(match.id);
    // Settled: a present mention with a value is never replaced (later mentions only add names).
    const type = valueTypes[match.id];
    if (kept && kept.status === 'present' && kept.value !== null && type !== 'list') continue;
    const mention = readMention(ctx, match, type, stipendUsd);
    if (type === 'list' && mention.status === 'present')
      names.set(match.id, [...(names.get(match.id) ?? []), match.text]);
    if (!kept || isBetter(mention, kept)) byId.set(match.id, mention);
  }
  // Evidence only for the mention kept: a page may mention benefits thousands of times.
  return [...byId.values()].map(({ match, sentence, status, value }) => ({
    id: match.id,
    name: match.name,
    status,
    ...withEvidence(ctx, names.has(match.id) ? distinctNames(names.get(match.id)!) : value, sentence, match),
  }));
}

interface Mention {
  match: Match;
  sentence: Span;
  status: BenefitFact['status'];
  value: BenefitValue;
}

function readMention(
  ctx: ExtractContext,
  match: Match,
  type: ValueType | undefined,
  stipendUsd: number | null,
): Mention {
  const sentence = sentenceAt(ctx.sentences, match.start) ?? match;
  const text = textOf(ctx, sentence);
  const at = { start: match.start - sentence.start, end: match.end - sentence.start };
  const status = isNegated(text, at) ? 'absent' : 'present';
  let value: BenefitValue = status === 'present' ? readBenefitValue(type, text, at) : null;
  if (type === 'usd-by-pgy' && status === 'present') value = stipendUsd ?? value;
  if (type === 'bool') value = status === 'present';
  return { match, sentence, status, value };
}

/** A present mention beats an absent one; a mention that states a value beats one that does not. */
function isBetter(mention: Mention, kept: Mention): boolean {
  if (mention.status !== kept.status) return mention.status === 'present';
  return kept.value === null && mention.value !== null;
}

/** The names a page used, once each whatever their case ("Wellness", "wellness"). */
function distinctNames(names: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const clean = name.replace(/\s+/g, ' ');
    if (!byKey.has(clean.toLowerCase())) byKey.set(clean.toLowerCase(), clean);
  }
  return [...byKey.values()];
}
