import type { Span } from './line-index';

/** Replace the text at `span` (offsets into the draft) with `newText`. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A change that puts a finding right: what an editor offers as a quick fix. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** Applies edits to a text (last first), as an editor would; for tests and the CLI's previews. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.span.start - a.span.start)
    .reduce((out, e) => out.slice(0, e.span.start) + e.newText + out.slice(e.span.end), text);
}
