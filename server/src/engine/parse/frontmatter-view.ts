import { isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { Span } from '../text/line-index';
import { MAX_ALIAS_COUNT } from './parse-draft';

export type YamlPath = readonly (string | number)[];

/** Positioned, read-only access to a draft's frontmatter; spans are offsets into the whole draft. */
export class FrontmatterView {
  /** The frontmatter as plain data; empty when it is missing, broken or not a map. */
  readonly data: Record<string, unknown>;
  /** Set when the YAML could not be turned into data (for example an alias bomb). */
  readonly dataError?: string;

  /**
   * `load` gives the YAML document (it may parse it again: documents are held weakly);
   * `offset` is where the YAML starts in the draft; `text` is the whole text the offsets refer to;
   * `transform` changes the data as read (values taken from the register of facts).
   */
  constructor(
    private readonly load: () => Document.Parsed | undefined,
    readonly offset: number,
    private readonly text = '',
    transform?: (data: Record<string, unknown>) => Record<string, unknown>,
  ) {
    let data: unknown = {};
    const document = load();
    if (document && document.errors.length === 0) {
      try {
        data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
      } catch (error) {
        this.dataError = error instanceof Error ? error.message : String(error);
      }
    }
    this.data = isRecord(data) ? (transform ? transform(data) : data) : {};
  }

  get document(): Document.Parsed | undefined {
    return this.load();
  }

  node(path: YamlPath): Node | undefined {
    let current: unknown = this.document?.contents;
    for (const segment of path) {
      if (isMap(current)) current = findPair(current.items, segment)?.value;
      else if (isSeq(current) && typeof segment === 'number') current = current.items[segment];
      else return undefined;
    }
    return (current ?? undefined) as Node | undefined;
  }

  pair(path: YamlPath): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    return isMap(parent) ? findPair(parent.items, path[path.length - 1]) : undefined;
  }

  /** The span of a node's value (without trailing comments or line breaks). */
  valueSpan(path: YamlPath): Span | undefined {
    const node = this.node(path);
    if (!node?.range) return undefined;
    const span = this.toSpan(node.range[0], node.range[1]);
    // A block list or map's value runs on to the next line; end it at its last character.
    while (span.end > span.start && /\s/.test(this.text.charAt(span.end - 1))) span.end--;
    return span;
  }

  /** The span of the key that introduces `path`; for a list item, the item itself. */
  keySpan(path: YamlPath): Span | undefined {
    const key = this.pair(path)?.key as Node | undefined;
    if (key?.range) return this.toSpan(key.range[0], key.range[1]);
    return typeof path[path.length - 1] === 'number' ? this.valueSpan(path) : undefined;
  }

  /** The best place to point at for `path`: its key, else its value, else the nearest ancestor that exists. */
  spanFor(path: YamlPath): Span | undefined {
    for (let length = path.length; length > 0; length--) {
      const prefix = path.slice(0, length);
      // A list item is best named by its id.
      const itemId = typeof prefix[prefix.length - 1] === 'number' ? this.valueSpan([...prefix, 'id']) : undefined;
      const span = itemId ?? this.keySpan(prefix) ?? this.valueSpan(prefix);
      if (span) return span;
    }
    return undefined;
  }

  value(path: YamlPath): unknown {
    let current: unknown = this.data;
    for (const segment of path) {
      if (Array.isArray(current) && typeof segment === 'number') current = current[segment];
      else if (isRecord(current) && typeof segment === 'string') current = current[segment];
      else return undefined;
    }
    return current;
  }

  private toSpan(start: number, end: number): Span {
    return { start: this.offset + start, end: this.offset + end };
  }
}

function findPair(items: Pair[], key: string | number): Pair | undefined {
  return items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
