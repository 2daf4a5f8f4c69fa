// Positions named by the text found there, for tests that speak the protocol or drive an editor.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LineIndex } from '../../server/src/engine/text/line-index';

/** The LSP position (0-based line and UTF-16 character) of the first `needle` in `text`, plus `shift` characters. */
export function positionOf(text: string, needle: string, shift = 0): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`${needle} not found`);
  return new LineIndex(text).positionAt(at + shift);
}

/** The same in a file under `root`, written `file:line:character` for an editor script to read. */
export function placeIn(root: string, file: string, needle: string, shift = 0): string {
  const { line, character } = positionOf(readFileSync(path.join(root, file), 'utf8'), needle, shift);
  return `${file}:${line}:${character}`;
}

/** Applies LSP text edits to a text (last first), as an editor does. */
export function applyTextEdits(
  text: string,
  edits: readonly {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    newText: string;
  }[],
): string {
  const lines = new LineIndex(text);
  return [...edits]
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), newText: e.newText }))
    .sort((a, b) => b.start - a.start)
    .reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}
