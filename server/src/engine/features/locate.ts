import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { BodyLink, ControlComment, DraftModel, Heading } from '../model/draft-model';
import type { YamlPath } from '../parse/frontmatter-view';
import type { Span } from '../text/line-index';

/** What stands at an offset of a draft, as the editor features see it. */
export type Located =
  | { type: 'key'; path: YamlPath; span: Span }
  | { type: 'value'; path: YamlPath; span: Span; value: unknown }
  | { type: 'heading'; heading: Heading }
  | { type: 'link'; link: BodyLink }
  | { type: 'control'; control: ControlComment; span: Span }
  | { type: 'body'; offset: number };

const contains = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

export function locate(draft: DraftModel, offset: number): Located | undefined {
  const block = draft.parsed.frontmatter;
  const control = draft.controls.find((c) => contains(c.span, offset));
  if (control) return { type: 'control', control, span: control.span };
  if (block && offset <= block.span.end) {
    if (!contains(block.contentSpan, offset) || !block.yaml) return undefined;
    return locateInYaml(block.yaml.contents as Node | null, [], offset - block.contentSpan.start, block.contentSpan.start);
  }
  const link = draft.bodyLinks.find((l) => contains(l.span, offset));
  if (link) return { type: 'link', link };
  const heading = draft.headings.find((h) => contains(h.span, offset));
  if (heading) return { type: 'heading', heading };
  return { type: 'body', offset };
}

function locateInYaml(node: Node | null, path: YamlPath, offset: number, base: number): Located | undefined {
  const span = (range: readonly number[]) => ({ start: base + range[0], end: base + range[1] });
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const keyValue = isScalar(key) ? key.value : undefined;
      if (typeof keyValue !== 'string' && typeof keyValue !== 'number') continue;
      const childPath = [...path, keyValue];
      if (key?.range && offset >= key.range[0] && offset <= key.range[1])
        return { type: 'key', path: childPath, span: span(key.range) };
      const value = pair.value as Node | null;
      // A value's range runs on to the next key (range[2]): on that key's first character, look further.
      if (value?.range && offset >= value.range[0] && offset <= value.range[2]) {
        const found = locateInYaml(value, childPath, offset, base);
        if (found) return found;
      }
    }
    return undefined;
  }
  if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const item = node.items[i] as Node | null;
      if (item?.range && offset >= item.range[0] && offset <= item.range[1])
        return locateInYaml(item, [...path, i], offset, base);
    }
    return undefined;
  }
  if (isScalar(node) && node.range && offset >= node.range[0] && offset <= node.range[1]) {
    return { type: 'value', path, span: span(node.range), value: node.value };
  }
  return undefined;
}

/** `targets.lead` for ['targets', 3, 'lead']: the form the guidance corpus indexes keys by. */
export function keyName(path: YamlPath): string {
  return path.filter((p) => typeof p === 'string').join('.');
}
