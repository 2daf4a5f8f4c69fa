import bundledCorpus from '../../../data/guidance.json';
import { escapeRegExp } from '../text/patterns';
import { keySubject } from './key-subjects';

/**
 * What a passage is worth, decided by where it sits in its source (sources/README.md), most
 * authoritative first: CLG's Government response, APSE's summary of the guidance, what
 * consultation respondents said, and APSE's own comment. A workspace's extra corpus may also
 * quote `local` guidance of its own (a council's policy, a partnership's agreement).
 */
export type Standing = 'government-response' | 'guidance-summary' | 'respondents' | 'commentary' | 'local';
export const STANDINGS: readonly Standing[] = ['government-response', 'guidance-summary', 'respondents', 'commentary', 'local'];

export interface GuidanceSource {
  file?: string;
  title: string;
  publisher?: string;
  /** The publisher's short name, as attributions say it: "CLG", "APSE". */
  publisherShort?: string;
  date?: string;
  /** How attributions name the source: "CLG, *Summary of Responses to Consultation*, July 2008". */
  citation?: string;
}

/** A passage quoted verbatim from a source document. */
export interface Passage {
  id: string;
  source: string;
  section: string;
  sectionTitle: string;
  part?: string;
  standing: Standing;
  text: string;
  topics: string[];
  keys: string[];
  terms: string[];
}

export interface GuidanceCorpus {
  sources: Record<string, GuidanceSource>;
  passages: Passage[];
}

/** Markdown for editors and pages; plain text for the terminal. */
export type TextFormat = 'markdown' | 'text';

function normaliseTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** A pattern that finds the term in a text, case, hyphens and a plural -s aside. */
export function termRegExp(term: string): RegExp {
  const words = normaliseTerm(term).replace(/s$/, '').split(' ').map(escapeRegExp).join('[-\\s]+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}`, 'iu');
}

/** The topic of the guidance corpus that each kind of draft is about, so that a hover prefers passages on the draft's own kind. */
const KIND_TOPICS: Readonly<Record<string, string>> = {
  'sustainable-community-strategy': 'scs',
  'local-area-agreement': 'laa',
  'core-strategy': 'core-strategy',
  'housing-strategy': 'housing-strategy',
};

const KIND_TOPIC_SET = new Set(Object.values(KIND_TOPICS));

/** The passages Placeshaper quotes, indexed by id, frontmatter key and statutory term. */
export class GuidanceLibrary {
  private readonly byId = new Map<string, Passage>();
  private readonly sources = new Map<string, GuidanceSource>();
  /** The workspace file each passage of a workspace corpus comes from. */
  private readonly origins = new Map<string, string>();

  constructor(corpora: readonly GuidanceCorpus[] = [bundledCorpus as GuidanceCorpus]) {
    for (const corpus of corpora) this.add(corpus);
  }

  /** Adds a corpus; `origin` names the workspace file it was read from (Placeshaper's own guidance has none). */
  add(corpus: GuidanceCorpus, origin?: string): void {
    const prefix = origin ? `${origin}:` : '';
    for (const [key, source] of Object.entries(corpus.sources)) this.sources.set(prefix + key, source);
    for (const passage of corpus.passages) {
      // A workspace corpus's sources are its own, whatever keys it gives them.
      this.byId.set(passage.id, origin ? { ...passage, source: prefix + passage.source } : passage);
      if (origin) this.origins.set(passage.id, origin);
    }
  }

  /** The workspace file a passage comes from, or undefined for Placeshaper's own guidance. */
  origin(passage: Passage): string | undefined {
    return this.origins.get(passage.id);
  }

  get passages(): Passage[] {
    return [...this.byId.values()];
  }

  passage(id: string): Passage | undefined {
    return this.byId.get(id);
  }

  source(passage: Passage): GuidanceSource | undefined {
    return this.sources.get(passage.source);
  }

  /**
   * Passages that speak to a frontmatter key, given as a dotted path with list indexes left out
   * (`targets.lead`): those listing the key whose text names its subject, passages about the
   * draft's own kind first, then the most authoritative.
   */
  forKey(key: string, kind?: string): Passage[] {
    const subject = keySubject(key);
    const topic = kind ? KIND_TOPICS[kind] : undefined;
    // About this kind alone, then about it among others, then the rest.
    const onKind = (p: Passage) => {
      if (!topic || !p.topics.includes(topic)) return 2;
      return p.topics.some((t) => t !== topic && KIND_TOPIC_SET.has(t)) ? 1 : 0;
    };
    return ranked(
      this.passages.filter((p) => p.keys.includes(key) && subject.test(p.text)),
      onKind,
    );
  }

  /** Passages that say a statutory term (case, hyphens and a plural -s aside), the most authoritative first. */
  forTerm(term: string): Passage[] {
    const wanted = normaliseTerm(term);
    const singular = wanted.replace(/s$/, '');
    const listed = this.passages.filter((p) =>
      p.terms.some((t) => {
        const n = normaliseTerm(t);
        return n === wanted || n === singular || n.replace(/s$/, '') === singular;
      }),
    );
    const pattern = termRegExp(term);
    return ranked(
      listed.filter((p) => pattern.test(p.text)),
      () => 0,
    );
  }

  /** Every term the corpus knows, longest first, for finding terms in a draft's body. */
  terms(): string[] {
    const all = new Set(this.passages.flatMap((p) => p.terms));
    return [...all].sort((a, b) => b.length - a.length);
  }

  /**
   * What the passage is and where it comes from, in plain words:
   * "Government response — CLG, *Summary of Responses to Consultation*, July 2008, §1.1.1";
   * "Consultation respondents' views — …, §1.2.1 — not a requirement".
   */
  attribution(passage: Passage, format: TextFormat = 'markdown'): string {
    const source = this.source(passage);
    const publisher = source?.publisherShort ?? source?.publisher ?? 'the source';
    const cited =
      source?.citation ?? [source?.publisher, source ? `*${source.title}*` : undefined, source?.date].filter(Boolean).join(', ');
    const where = `${cited ? `${cited}, ` : ''}§${passage.section}`;
    const line = (() => {
      switch (passage.standing) {
        case 'government-response':
          return `Government response — ${where}`;
        case 'guidance-summary':
          return `${publisher}'s summary of the statutory guidance — ${where}`;
        case 'respondents':
          return `Consultation respondents' views — ${where} — not a requirement`;
        case 'commentary':
          return `${publisher}'s comment — ${where}`;
        case 'local':
          return `Local guidance — ${where}`;
      }
    })();
    // The workspace's own guidance says so, and which file it is, whatever it calls itself.
    const origin = this.origins.get(passage.id);
    const attributed = origin ? `Workspace guidance (${format === 'markdown' ? `\`${origin}\`` : origin}): ${line}` : line;
    return format === 'markdown' ? attributed : attributed.replace(/\*/g, '');
  }

  /**
   * The passage as a block quote followed by its attribution line (which begins with "—").
   * Given `maxWords`, a long passage is cut at the end of a sentence (or a word) with "…", around
   * the first sentence that matches `focus` when one is given.
   */
  quote(passage: Passage, options: { format?: TextFormat; maxWords?: number; focus?: RegExp } = {}): string {
    const format = options.format ?? 'markdown';
    let text = options.maxWords ? excerpt(passage.text, options.maxWords, options.focus) : passage.text;
    if (format === 'text') text = text.replace(/\*\*/g, '').replace(/(^|[\s(“])\*([^*\n]+)\*/g, '$1$2');
    const quoted = text
      .split('\n')
      .map((line) => `> ${line}`)
      .join('\n');
    return `${quoted}\n\n— ${this.attribution(passage, format)}`;
  }
}

/** Most authoritative first; `first` puts a preferred group ahead; corpus order breaks ties. */
function ranked(passages: Passage[], first: (p: Passage) => number): Passage[] {
  const order = new Map(passages.map((p, i) => [p, i]));
  return [...passages].sort(
    (a, b) =>
      first(a) - first(b) || STANDINGS.indexOf(a.standing) - STANDINGS.indexOf(b.standing) || order.get(a)! - order.get(b)!,
  );
}

/**
 * At most `maxWords` words of the text: whole sentences (or lines of a list) where the first fits,
 * else the words that fit; "…" marks a cut. Given `focus`, and when the opening words do not
 * match it, the excerpt starts at the sentence that does. Never cuts inside a word.
 */
export function excerpt(text: string, maxWords: number, focus?: RegExp): string {
  const words = [...text.matchAll(/\S+/g)];
  if (words.length <= maxWords) return text;
  const sentenceEnd = (i: number) =>
    /[.!?;:]["”’)]*$/.test(words[i][0]) || /^[ \t]*\n/.test(text.slice(words[i].index + words[i][0].length));
  /** Whole sentences from word `first`, as many as fit (else the words that fit). */
  const from = (first: number): string => {
    const last = Math.min(words.length, first + maxWords) - 1;
    let end = last;
    for (let i = last; last < words.length - 1 && i >= first; i--) {
      if (sentenceEnd(i)) {
        end = i;
        break;
      }
    }
    const body = text.slice(words[first].index, words[end].index + words[end][0].length);
    const tail = end < words.length - 1 ? `${body.replace(/[\s,;:–—-]+$/, '')} …` : body;
    return first > 0 ? `… ${tail}` : tail;
  };
  const opening = from(0);
  const pattern = focus && new RegExp(focus.source, focus.flags.replace('g', ''));
  const match = pattern && !pattern.test(opening) ? pattern.exec(text) : null;
  if (!match) return opening;
  let first = words.findIndex((w) => w.index + w[0].length > match.index);
  while (first > 0 && !sentenceEnd(first - 1)) first--;
  return from(first);
}
