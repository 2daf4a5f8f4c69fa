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
