import type { Engine } from '../engine';
import type { Span } from '../text/line-index';

export interface DocumentLinkEntry {
  span: Span;
  /** Absolute path of the linked file. */
  target: string;
}

const DOCUMENT_KEYS = ['homelessness-strategy', 'sustainability-appraisal', 'community-involvement'];

/** Clickable `related` paths and supporting-document paths in the frontmatter (the body's links are Markdown's own). */
export function documentLinks(engine: Engine, filePath: string): DocumentLinkEntry[] {
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return [];
  const written: { target: string; span: Span }[] = draft.related.map((r) => ({ target: r.target, span: r.targetSpan }));
  for (const key of DOCUMENT_KEYS) {
    const value = draft.fm.value([key]);
    const span = draft.fm.valueSpan([key]);
    if (typeof value === 'string' && span && !/^[a-z][a-z0-9+.-]*:/i.test(value)) written.push({ target: value, span });
  }
  return written.flatMap(({ target, span }) => {
    const resolved = engine.workspace.resolve(draft, target.split('#')[0]);
    return resolved.outside || !engine.workspace.host.isFile(resolved.path) ? [] : [{ span, target: resolved.path }];
  });
}
