import type { Engine } from '../engine';
import { documentLinksOf } from '../model/links';
import type { Span } from '../text/line-index';

export interface DocumentLinkEntry {
  span: Span;
  /** Absolute path of the linked file. */
  target: string;
}

/** Clickable `related` paths and supporting-document paths in the frontmatter (the body's links are Markdown's own). */
export function documentLinks(engine: Engine, filePath: string): DocumentLinkEntry[] {
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return [];
  const written: { target: string; span: Span }[] = [
    ...draft.related.map((r) => ({ target: r.target, span: r.targetSpan })),
    ...documentLinksOf(draft),
  ];
  return written.flatMap(({ target, span }) => {
    const resolved = engine.workspace.resolve(draft, target.split('#')[0]);
    return resolved.outside || !engine.workspace.host.isFile(resolved.path) ? [] : [{ span, target: resolved.path }];
  });
}
