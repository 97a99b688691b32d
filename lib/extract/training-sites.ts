import { sentencesWith, textOf, type ExtractContext } from './context';
import { withEvidence, type Span } from './evidence';
import type { TextFact } from './schema';
import { sentenceIndexAt, type Sentence } from './sentences';
import { siteKey, splitSiteNames } from './site-names';

/** "based at …, with additional rotations at … and …", "training sites include …". */
const SITE_PHRASE =
  /\b(?:(?:based|located|housed)\s+(?:primarily\s+)?(?:at|in)|rotations?\s+(?:at|through)|rotates?\s+(?:at|through|between|among)|training\s+sites?\s+(?:include|are)|sites?\s+include)\s+(.+?)(?=,\s+(?:with|where|which|while)\b|;|\.\s|\.?$)/gi;
/** "Location: Barnes and Jewish Hospital and Saint Louis Children Hospital". */
const LOCATION_LINE = /^(?:Locations?|Training sites?|Sites?)\s*:\s*(.+?)\.?$/i;
/** A sentence that introduces a list of places: "… across multiple integrated facilities:". */
const LIST_INTRO = /\b(?:facilities|sites|hospitals|locations|campuses|settings)\b[^.]{0,40}:$/i;
const MAX_LIST_ITEMS = 12;

const TRIGGER =
  /\b(?:based|located|housed|rotations?|rotates?|sites?|locations?|facilities|hospitals|campuses)\b/gi;

/**
 * The places fellows train, from "based at … with rotations at …" sentences, "Location:" lines and
 * lists introduced as facilities or sites. One entry per place, first spelling kept, with the
 * sentence, line or list item that names it.
 */
export function readTrainingSites(ctx: ExtractContext): TextFact[] {
  const sites = new Map<string, TextFact>();
  const add = (sentence: Sentence, names: string[]) => {
    for (const name of names) {
      const key = siteKey(name);
      if (!sites.has(key)) sites.set(key, withEvidence(ctx, name, sentence, focusOn(ctx, sentence, name)));
    }
  };
  for (const sentence of sentencesWith(ctx, TRIGGER)) {
    const text = textOf(ctx, sentence);
    const line = LOCATION_LINE.exec(text);
    if (line) add(sentence, splitSiteNames(line[1]!, true));
    else for (const m of text.matchAll(SITE_PHRASE)) add(sentence, splitSiteNames(m[1]!, false));
    if (LIST_INTRO.test(text))
      for (const item of listAfter(ctx, sentence)) add(item, listItemNames(ctx, item));
  }
  return [...sites.values()];
}

/** The list items after an introducing sentence: short one-sentence blocks without a full stop. */
function listAfter(ctx: ExtractContext, intro: Sentence): Sentence[] {
  const items: Sentence[] = [];
  const first = sentenceIndexAt(ctx.sentences, intro.start) + 1;
  for (let i = first; i < ctx.sentences.length && items.length < MAX_LIST_ITEMS; i++) {
    const s = ctx.sentences[i]!;
    const alone = ctx.sentences[i + 1]?.block !== s.block && ctx.sentences[i - 1]?.block !== s.block;
    if (!alone || s.end - s.start > 100 || /[.!?]$/.test(textOf(ctx, s))) break;
    items.push(s);
  }
  return items;
}

function listItemNames(ctx: ExtractContext, item: Sentence): string[] {
  return splitSiteNames(textOf(ctx, item), true);
}

/** Where `name` stands in the sentence (whatever the spaces between its words), for long quotes. */
function focusOn(ctx: ExtractContext, sentence: Sentence, name: string): Span {
  const words = name.split(' ').map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(textOf(ctx, sentence));
  return m ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } : sentence;
}
