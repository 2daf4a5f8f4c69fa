// `:fact[label]{#id}`: the generic directive syntax (micromark-extension-directive and
// mdast-util-directive, the parser and tree builder remark-directive combines), text form only.
// The block forms (`::name`, `:::name`) have no meaning in a draft and would change how a line
// a council wrote reads; so would `Note:this` read as a directive, which is put back as the text it is.
import type { Nodes, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';

/** The name of the one directive a draft uses. */
export const FACT_DIRECTIVE = 'fact';

/** A unified plugin: text directives in the Markdown parse. */
export function textDirectives(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ text: directive().text });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}

/**
 * Every text directive but those `keep` names (by default each `:fact`) becomes the text it was
 * written as again (`source` is the parsed text).
 */
export function restoreOtherDirectives(
  tree: Root,
  source: string,
  keep: (directive: TextDirective) => boolean = (directive) => directive.name === FACT_DIRECTIVE,
): void {
  const walk = (node: Nodes): void => {
    if (!('children' in node)) return;
    const children = node.children as Nodes[];
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type === 'textDirective' && !keep(child)) {
        // `:name[` and `]{…}` go back to text; what the brackets hold (a link, emphasis) stays what it was.
        const start = child.position?.start.offset ?? 0;
        const end = child.position?.end.offset ?? start;
        const inner = child.children as Nodes[];
        const innerStart = inner[0]?.position?.start.offset ?? end;
        const innerEnd = inner[inner.length - 1]?.position?.end.offset ?? end;
        const text = (from: number, to: number): Text[] =>
          to > from
            ? [{ type: 'text', value: source.slice(from, to), position: { start: point(source, from), end: point(source, to) } }]
            : [];
        const restored = [...text(start, innerStart), ...inner, ...text(innerEnd, end)];
        children.splice(index, 1, ...restored);
        index += restored.length - 1;
        for (const node of inner) walk(node);
      } else walk(child);
    }
  };
  walk(tree);
}

/** A unist point at an offset of the parsed text. */
function point(source: string, offset: number): { line: number; column: number; offset: number } {
  const before = source.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, offset };
}

/** A `:fact[…]{…}` as written, offsets relative to the start of the directive. */
export interface FactDirectiveParts {
  /** The fact's id, read from the source: `#housing.requirement` keeps its dots (the parser reads `.requirement` as a class). */
  id?: string;
  idStart: number;
  idEnd: number;
  label: string;
  labelStart: number;
  labelEnd: number;
}

const ID_ATTRIBUTE = /(?:^|[\s{])#([^\s}#"'=]+)|(?:^|[\s{])id=(?:"([^"]*)"|'([^']*)'|([^\s}"'=<>`]+))/;

/** The parts of a `:fact` directive, from its source text and its node. */
export function factDirectiveParts(node: TextDirective, source: string, labelText: string): FactDirectiveParts {
  const start = node.position?.start.offset ?? 0;
  const written = source.slice(start, node.position?.end.offset ?? start);
  const nameEnd = 1 + FACT_DIRECTIVE.length;
  let labelStart = nameEnd;
  let labelEnd = nameEnd;
  let attributesAt = nameEnd;
  if (written[nameEnd] === '[') {
    labelStart = nameEnd + 1;
    const last = node.children[node.children.length - 1];
    labelEnd = last?.position?.end.offset !== undefined ? last.position.end.offset - start : labelStart;
    const close = written.indexOf(']', labelEnd);
    attributesAt = close === -1 ? written.length : close + 1;
  }
  const attributes = written[attributesAt] === '{' ? written.slice(attributesAt) : '';
  const match = ID_ATTRIBUTE.exec(attributes);
  let id: string | undefined;
  let idStart = attributesAt;
  let idEnd = attributesAt;
  if (match) {
    id = match[1] ?? match[2] ?? match[3] ?? match[4];
    const within = match.index + match[0].length - id.length - (match[2] !== undefined || match[3] !== undefined ? 1 : 0);
    idStart = attributesAt + within;
    idEnd = idStart + id.length;
  }
  return { id: id || undefined, idStart, idEnd, label: labelText, labelStart, labelEnd };
}
