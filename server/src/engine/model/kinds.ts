/** The four kinds of strategy draft the format knows, with their aliases. */
export type Kind = 'sustainable-community-strategy' | 'local-area-agreement' | 'core-strategy' | 'housing-strategy';

export interface KindInfo {
  kind: Kind;
  aliases: readonly string[];
  label: string;
  short: string;
  /** What the document is, in a line. */
  summary: string;
}

export const KINDS: readonly KindInfo[] = [
  {
    kind: 'sustainable-community-strategy',
    aliases: ['scs'],
    label: 'Sustainable Community Strategy',
    short: 'SCS',
    summary: 'The long-term vision and priorities of the area, prepared with the Local Strategic Partnership.',
  },
  {
    kind: 'local-area-agreement',
    aliases: ['laa'],
    label: 'Local Area Agreement',
    short: 'LAA',
    summary: 'The three-year delivery agreement for the SCS, with its improvement targets.',
  },
  {
    kind: 'core-strategy',
    aliases: ['ldf-core-strategy'],
    label: 'LDF Core Strategy',
    short: 'Core Strategy',
    summary: 'The spatial plan that delivers the spatial priorities of the SCS.',
  },
  {
    kind: 'housing-strategy',
    aliases: [],
    label: 'Housing strategy',
    short: 'Housing strategy',
    summary: 'The local housing strategy, aligned with the SCS.',
  },
];

/** Every spelling `kind:` accepts. */
export const KIND_NAMES: readonly string[] = KINDS.flatMap((k) => [k.kind, ...k.aliases]);

/**
 * The kind a frontmatter names on a `kind:` line of its own, read from the text: while the YAML does
 * not parse (a line half typed, a quote not closed), that is still enough to know what the draft is.
 */
export function kindOnItsLine(frontmatterText: string): Kind | undefined {
  return resolveKind(/^kind:[ \t]*["']?([A-Za-z-]+)["']?[ \t]*(?:#.*)?$/m.exec(frontmatterText)?.[1]);
}

export function resolveKind(name: unknown): Kind | undefined {
  if (typeof name !== 'string') return undefined;
  return KINDS.find((k) => k.kind === name || k.aliases.includes(name))?.kind;
}

/** "an LDF Core Strategy", "a Sustainable Community Strategy". */
export function withArticle(label: string): string {
  return `${/^(?:[AEIOU]|LDF|LAA|SCS)/.test(label) ? 'an' : 'a'} ${label}`;
}

export function kindInfo(kind: Kind): KindInfo {
  return KINDS.find((k) => k.kind === kind)!;
}

/** Which kind of draft each `related` role must lead to (undefined: any file). */
export const RELATED_ROLES: Readonly<Record<string, Kind | undefined>> = {
  scs: 'sustainable-community-strategy',
  'county-scs': 'sustainable-community-strategy',
  'core-strategy': 'core-strategy',
  'housing-strategy': 'housing-strategy',
  laa: 'local-area-agreement',
  jsna: undefined,
};
