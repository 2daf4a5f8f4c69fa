import { diffArrays } from 'diff';
import { defineRule } from '../rule';
import { insertTopLevelKey, withoutScs, yamlScalar } from '../support';
import { nameOf } from './shared';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A word or a mark of punctuation of a vision, where it stands in the text. */
interface Token {
  /** Lower case: the comparison ignores case. */
  text: string;
  start: number;
  end: number;
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
    word: /[\p{L}\p{N}]/u.test(m[0]),
  }));
}

/** One side of a vision: its text, its tokens, and the tokens [from, to) that the other side lacks or words differently. */
interface Side {
  text: string;
  tokens: Token[];
  from: number;
  to: number;
}

/** Changes this few tokens apart read as one. */
const JOIN = 2;
/** A changed phrase is quoted with at least this many words, context included, when the text around it has them. */
const MIN_WORDS = 3;
/** The most words of context on either side of a change, however repetitive the text. */
const MAX_CONTEXT = 8;
/** The changes a message spells out; the rest are counted. */
const MAX_CHANGES = 3;

/** The changed token ranges of both texts, each a pair of sides. */
function changesOf(scs: string, draft: string): [Side, Side][] {
  const a = tokensOf(scs);
  const b = tokensOf(draft);
  const changes: [Side, Side][] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(
    a.map((t) => t.text),
    b.map((t) => t.text),
  )) {
    const count = part.value.length;
    if (!part.added && !part.removed) {
      i += count;
      j += count;
      continue;
    }
    let change = changes[changes.length - 1];
    if (change && i - change[0].to <= JOIN && j - change[1].to <= JOIN) {
      // Close to the last change: one change, the few equal tokens between them included.
      change[0].to = i;
      change[1].to = j;
    } else {
      change = [
        { text: scs, tokens: a, from: i, to: i },
        { text: draft, tokens: b, from: j, to: j },
      ];
      changes.push(change);
    }
    if (part.removed) {
      i += count;
      change[0].to = i;
    } else {
      j += count;
      change[1].to = j;
    }
  }
  return changes;
}

const wordsIn = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).filter((t) => t.word).length;

/** True when tokens [from, to) occur once in their text; an empty phrase locates nothing. */
function unique(tokens: Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  let found = 0;
  for (let at = 0; at + (to - from) <= tokens.length && found < 2; at++) {
    let same = true;
    for (let k = 0; k < to - from && same; k++) same = tokens[at + k].text === tokens[from + k].text;
    if (same) found++;
  }
  return found === 1;
}

/** The tokens of context each side of a change needs: enough that every phrase is unambiguous. */
function contextOf(change: [Side, Side], before: number, after: number): [number, number] {
  let left = 0;
  let right = 0;
  const enough = () =>
    change.every(({ tokens, from, to }) =>
      from === to
        ? unique(tokens, from - left, to + right)
        : unique(tokens, from - left, to + right) && wordsIn(tokens, from - left, to + right) >= MIN_WORDS,
    );
  // Context is the same on both sides: the first side's tokens tell where its words are.
  const { tokens, from, to } = change[0];
  // Each step takes in one more word (and any punctuation on the way), as far as the equal tokens go.
  const growRight = () => {
    if (right >= after || wordsIn(tokens, to, to + right) >= MAX_CONTEXT) return false;
    do right++;
    while (right < after && !tokens[to + right - 1].word);
    return true;
  };
  const growLeft = () => {
    if (left >= before || wordsIn(tokens, from - left, from) >= MAX_CONTEXT) return false;
    do left++;
    while (left < before && !tokens[from - left].word);
    return true;
  };
  for (let turn = 0; !enough(); turn++) {
    const grown = turn % 2 === 0 ? growRight() || growLeft() : growLeft() || growRight();
    if (!grown) break;
  }
  return [left, right];
}

/** The text of tokens [from, to), as written. */
function quote(side: Side, from: number, to: number): string {
  return from < to ? `“${side.text.slice(side.tokens[from].start, side.tokens[to - 1].end)}”` : '';
}

/** The part of a context that names words, without punctuation at its outer edge. */
function trimmed(tokens: Token[], from: number, to: number, keep: 'end' | 'start'): [number, number] {
  if (keep === 'end') while (from < to && !tokens[from].word) from++;
  else while (to > from && !tokens[to - 1].word) to--;
  return [from, to];
}

/** One change in plain words. */
function describeChange(change: [Side, Side], before: number, after: number): string {
  const [left, right] = contextOf(change, before, after);
  const [scs, draft] = change;
  const lead = (side: Side) => trimmed(side.tokens, side.from - left, side.from, 'end')[0];
  const tail = (side: Side) => trimmed(side.tokens, side.to, side.to + right, 'start')[1];
  if (scs.from < scs.to && draft.from < draft.to) {
    return `the SCS says ${quote(scs, lead(scs), tail(scs))}, this draft says ${quote(draft, lead(draft), tail(draft))}`;
  }
  const [has, lacks] = scs.from < scs.to ? ['the SCS', 'this draft'] : ['this draft', 'the SCS'];
  const side = scs.from < scs.to ? scs : draft;
  const preceding = quote(side, lead(side), side.from);
  const following = quote(side, side.to, tail(side));
  const where =
    preceding && following
      ? ` between ${preceding} and ${following}`
      : preceding
        ? ` after ${preceding}`
        : following
          ? ` before ${following}`
          : '';
  return `${has} has ${quote(side, side.from, side.to)}${where}, which ${lacks} lacks`;
}

/**
 * How a draft's vision differs from its SCS's, in plain words, each changed phrase with enough
 * context to find it: "the SCS says “vibrant rural villages”, this draft says “its surrounding
 * villages”", "this draft has “three” after “One two”, which the SCS lacks". Case and spacing aside.
 */
export function describeDifference(expected: string, actual: string): string {
  const changes = changesOf(expected.replace(/\s+/g, ' ').trim(), actual.replace(/\s+/g, ' ').trim());
  if (changes.length === 0) return 'the two differ only in the spacing around punctuation';
  const described = changes.slice(0, MAX_CHANGES).map((change, index) => {
    // Context stays within the equal tokens between this change and its neighbours.
    const [scs] = change;
    const before = scs.from - (index > 0 ? changes[index - 1][0].to : 0);
    const after = (changes[index + 1]?.[0].from ?? scs.tokens.length) - scs.to;
    return describeChange(change, before, after);
  });
  const more = changes.length - described.length;
  return described.join('; ') + (more ? `; and ${more} more ${more === 1 ? 'difference' : 'differences'}` : '');
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export default defineRule({
  id: 'align/shared-vision',
  defaultSeverity: 'warning',
  description:
    "A Core Strategy's or housing strategy's `vision` differs from its SCS's (whitespace and case aside); the message shows the difference.",
  expectation: 'It carries the vision of its SCS.',
  basis: 'practice',
  passages: ['c121-shared-vision', 'c122-shared-vision', 'b5-plans-take-account'],
  crossDocument: true,
  kinds: ['core-strategy', 'housing-strategy'],
  notApplicable: ({ draft, workspace }) => withoutScs(workspace, draft),
  check({ draft, workspace, report }) {
    const scs = workspace.scsOf(draft);
    const expected = scs?.fm.value(['vision']);
    if (!scs || typeof expected !== 'string' || !expected.trim()) return;
    const actual = draft.fm.value(['vision']);
    const related = [{ path: scs.path, span: scs.fm.valueSpan(['vision']) ?? scs.fence, message: 'The SCS vision' }];
    if (typeof actual !== 'string') {
      const edit = insertTopLevelKey(draft, 'vision', yamlScalar(expected.trim()));
      report({
        span: draft.fm.valueSpan(['vision']) ?? draft.fence,
        message: `This draft carries no vision of its own; good practice: add ‘vision:’ with the words of its SCS's vision, to share it. The SCS is ${nameOf(scs, draft)}.`,
        related,
        fix: edit && !draft.fm.node(['vision']) ? { title: 'Add the SCS vision', edits: [edit] } : undefined,
      });
      return;
    }
    if (normalise(actual) === normalise(expected)) return;
    const span = draft.fm.valueSpan(['vision'])!;
    report({
      span,
      message: `This vision differs from its SCS's; good practice: carry the SCS's vision word for word, or change both. ${sentence(describeDifference(expected, actual))}. The SCS is ${nameOf(scs, draft)}.`,
      related,
      fix: { title: 'Replace with the SCS vision', edits: [{ span, newText: yamlScalar(expected.trim()) }] },
    });
  },
});
