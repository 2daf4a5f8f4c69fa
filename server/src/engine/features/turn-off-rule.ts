import * as path from 'node:path';
import { modify } from 'jsonc-parser';
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Engine } from '../engine';
import type { TextEdit } from '../text/edits';

/** A change to a file other than the draft: an edit of a file that exists, or a new file with its text. */
export interface FileChange {
  path: string;
  /** True when the file does not exist yet: `edits` hold its whole text, inserted at 0. */
  create: boolean;
  edits: TextEdit[];
}

const NEW_CONFIG = '.placeshaper.yaml';
/** Quoted, as the README writes it: YAML 1.1 tools read a bare `off` as false. */
const OFF = '"off"';

/**
 * Turns a rule off for every draft under the nearest configuration file: `rules: {<id>: off}` added to
 * it (or the rule's setting there set to `off`), in the file's own style and line endings. Without a
 * configuration file, a new `.placeshaper.yaml` at the workspace root (or beside the draft). `textOf`
 * gives a file's current text, an editor's unsaved buffer first; undefined when the file cannot be
 * changed safely (a configuration file that does not parse).
 */
export function turnOffRule(
  engine: Engine,
  draftPath: string,
  ruleId: string,
  textOf: (filePath: string) => string | undefined,
): { title: string; change: FileChange } | undefined {
  const nearest = engine.config(draftPath).files[0];
  const base = engine.root ?? path.dirname(draftPath);
  const shown = (file: string) => path.relative(base, file).split(path.sep).join('/') || path.basename(file);
  if (!nearest) {
    const file = path.join(base, NEW_CONFIG);
    const text = `# Placeshaper configuration (README, "Configuration")\nrules:\n  ${ruleId}: ${OFF}\n`;
    return {
      title: `Turn off ‘${ruleId}’ in a new ${NEW_CONFIG}`,
      change: { path: file, create: true, edits: [{ span: { start: 0, end: 0 }, newText: text }] },
    };
  }
  const text = textOf(nearest);
  if (text === undefined) return undefined;
  const edits = nearest.endsWith('.json') ? jsonEdits(text, ruleId) : yamlEdits(text, ruleId);
  return edits && { title: `Turn off ‘${ruleId}’ in ${shown(nearest)}`, change: { path: nearest, create: false, edits } };
}

function jsonEdits(text: string, ruleId: string): TextEdit[] | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
  const edits = modify(text, ['rules', ruleId], 'off', {
    formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol },
  });
  return edits.map((e) => ({ span: { start: e.offset, end: e.offset + e.length }, newText: e.content }));
}

function yamlEdits(text: string, ruleId: string): TextEdit[] | undefined {
  const document = parseDocument(text);
  if (document.errors.length > 0) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const root = document.contents;
  if (root !== null && !isMap(root)) return undefined;
  const rules = root?.get('rules', true);
  if (rules === undefined || rules === null || (isScalar(rules) && rules.value === null)) {
    const emptyRules = root?.items.find((pair) => isScalar(pair.key) && pair.key.value === 'rules');
    if (emptyRules && isScalar(emptyRules.key) && emptyRules.key.range) {
      // `rules:` with nothing after it: the setting goes on the next line.
      const lineEnd = text.indexOf('\n', emptyRules.key.range[1]);
      const at = lineEnd < 0 ? text.length : lineEnd + 1;
      return [{ span: { start: at, end: at }, newText: `${lineEnd < 0 ? eol : ''}  ${ruleId}: ${OFF}${eol}` }];
    }
    if (root?.flow && root.range) {
      const close = text.lastIndexOf('}', root.range[1]);
      return [{ span: { start: close, end: close }, newText: `${root.items.length ? ', ' : ''}rules: {${ruleId}: ${OFF}}` }];
    }
    const needsBreak = text.length > 0 && !text.endsWith('\n');
    return [
      {
        span: { start: text.length, end: text.length },
        newText: `${needsBreak ? eol : ''}rules:${eol}  ${ruleId}: ${OFF}${eol}`,
      },
    ];
  }
  if (!isMap(rules) || !rules.range) return undefined;
  const existing = rules.items.find((pair) => isScalar(pair.key) && pair.key.value === ruleId);
  if (existing && isScalar(existing.value) && existing.value.range) {
    const [start, end] = existing.value.range;
    return [{ span: { start, end }, newText: OFF }];
  }
  if (rules.flow) {
    const close = text.lastIndexOf('}', rules.range[1]);
    return [{ span: { start: close, end: close }, newText: `${rules.items.length ? ', ' : ''}${ruleId}: ${OFF}` }];
  }
  const last = rules.items[rules.items.length - 1];
  const lastKey = last?.key as { range?: [number, number, number] } | undefined;
  const lastValue = (last?.value ?? last?.key) as { range?: [number, number, number] } | undefined;
  if (!lastKey?.range || !lastValue?.range) return undefined;
  const keyStart = lastKey.range[0];
  const indent = text.slice(text.lastIndexOf('\n', keyStart - 1) + 1, keyStart);
  return [{ span: { start: lastValue.range[1], end: lastValue.range[1] }, newText: `${eol}${indent}${ruleId}: ${OFF}` }];
}
