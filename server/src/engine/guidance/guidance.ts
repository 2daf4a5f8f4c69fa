import bundledCorpus from '../../../data/guidance.json';

export interface GuidanceSource {
  file?: string;
  title: string;
  publisher?: string;
  date?: string;
}

/** A passage quoted verbatim from a source document. */
export interface Passage {
  id: string;
  source: string;
  section: string;
  sectionTitle: string;
  part?: string;
  text: string;
  topics: string[];
  keys: string[];
  terms: string[];
}

export interface GuidanceCorpus {
  sources: Record<string, GuidanceSource>;
  passages: Passage[];
}

function normaliseTerm(term: string): string {
  return term.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

/** The passages Placeshaper quotes, indexed by id, frontmatter key and statutory term. */
export class GuidanceLibrary {
  private readonly byId = new Map<string, Passage>();
  private readonly sources = new Map<string, GuidanceSource>();

  constructor(corpora: readonly GuidanceCorpus[] = [bundledCorpus as GuidanceCorpus]) {
    for (const corpus of corpora) this.add(corpus);
  }

  add(corpus: GuidanceCorpus): void {
    for (const [key, source] of Object.entries(corpus.sources)) this.sources.set(key, source);
    for (const passage of corpus.passages) this.byId.set(passage.id, passage);
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

  /** Passages that speak to a frontmatter key, given as a dotted path with list indexes left out (`targets.lead`). */
  forKey(key: string): Passage[] {
    return this.passages.filter((p) => p.keys.includes(key));
  }

  /** Passages that define or use a statutory term (case, hyphens and a plural -s aside). */
  forTerm(term: string): Passage[] {
    const wanted = normaliseTerm(term);
    const singular = wanted.replace(/s$/, '');
    return this.passages.filter((p) => p.terms.some((t) => {
      const n = normaliseTerm(t);
      return n === wanted || n === singular || n.replace(/s$/, '') === singular;
    }));
  }

  /** Every term the corpus knows, longest first, for finding terms in a draft's body. */
  terms(): string[] {
    const all = new Set(this.passages.flatMap((p) => p.terms));
    return [...all].sort((a, b) => b.length - a.length);
  }

  /** "Creating Strong, Safe and Prosperous Communities – …: Summary of Responses to Consultation (Communities and Local Government, July 2008), §1.2.1 Government response" */
  citation(passage: Passage): string {
    const source = this.source(passage);
    const part = passage.part ? `, ${passage.part}` : '';
    const where = `§${passage.section} ${passage.sectionTitle}${part}`;
    if (!source) return where;
    const imprint = [source.publisher, source.date].filter(Boolean).join(', ');
    return `${source.title}${imprint ? ` (${imprint})` : ''}, ${where}`;
  }

  /** The passage as a Markdown block quote followed by its source. */
  quote(passage: Passage): string {
    const quoted = passage.text.split('\n').map((line) => `> ${line}`).join('\n');
    return `${quoted}\n\n— ${this.citation(passage)}`;
  }
}
