import * as path from 'node:path';
import type { DraftModel } from './draft-model';
import type { Span } from '../text/line-index';
import { EXTERNAL_URL } from './urls';

export { EXTERNAL_URL } from './urls';

/** Frontmatter keys whose value is a path to a supporting document, checked and linked like `related`. */
const DOCUMENT_LINK_KEYS = ['homelessness-strategy', 'sustainability-appraisal', 'community-involvement'];

/** The supporting-document paths a draft's frontmatter names (not URLs). */
export function documentLinksOf(draft: DraftModel): { key: string; target: string; span: Span }[] {
  return DOCUMENT_LINK_KEYS.flatMap((key) => {
    const value = draft.fm.value([key]);
    const span = draft.fm.valueSpan([key]);
    return typeof value === 'string' && span && !EXTERNAL_URL.test(value) ? [{ key, target: value, span }] : [];
  });
}

/** The path of `toFile` relative to the folder of `fromFile`, with forward slashes (`../scs/a.md`, `b.md`). */
export function relativePath(fromFile: string, toFile: string): string {
  const from = fromFile.split(/[\\/]/).slice(0, -1);
  const to = toFile.split(/[\\/]/);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The relative path as a link is written in a draft: `./b.md` in the same folder, `../scs/a.md` above. */
export function linkPath(fromFile: string, toFile: string): string {
  const relative = relativePath(fromFile, toFile);
  return relative.startsWith('../') ? relative : `./${relative}`;
}

/** A file as authors name it: its path from the workspace root with forward slashes, or its name when there is no root. */
export function workspacePath(root: string | undefined, file: string): string {
  return root ? path.relative(root, file).split(path.sep).join('/') : path.basename(file);
}
