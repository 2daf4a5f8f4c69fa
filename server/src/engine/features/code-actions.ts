import type { Engine } from '../engine';
import type { DraftModel } from '../model/draft-model';
import type { Finding } from '../rules/rule';
import { lineEndingOf } from '../rules/support';
import type { TextEdit } from '../text/edits';
import type { Span } from '../text/line-index';
import { turnOffRule, type FileChange } from './turn-off-rule';

export type ActionKind = 'quickfix' | 'source.fixAll';

export interface CodeActionEntry {
  title: string;
  kind: ActionKind;
  /** Edits of the draft itself. */
  edits: TextEdit[];
  /** Changes to other files (the configuration file a rule is turned off in). */
  otherFiles?: FileChange[];
  /** The findings the action resolves. */
  fixes: Finding[];
  isPreferred?: boolean;
}

const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/**
 * Quick fixes for the findings in `range`: each finding's own fix, fix-all of its rule, a disable
 * comment, and turning the rule off in the configuration. `textOf` reads another file's current text
 * (an editor's unsaved buffer first); by default, the engine's host.
 */
export function codeActions(
  engine: Engine,
  filePath: string,
  range: Span,
  textOf: (path: string) => string | undefined = (path) => engine.host.readFile(path),
): CodeActionEntry[] {
  const draft = engine.workspace.draft(filePath);
  if (!draft?.isDraft) return [];
  const all = engine.check(draft.path);
  const here = all.filter((f) => overlaps(f.span, range));
  const actions: CodeActionEntry[] = [];
  for (const finding of here) {
    if (finding.fix)
      actions.push({ title: finding.fix.title, kind: 'quickfix', edits: finding.fix.edits, fixes: [finding], isPreferred: true });
  }
  for (const rule of new Set(here.filter((f) => f.fix).map((f) => f.rule))) {
    const ofRule = all.filter((f) => f.rule === rule && f.fix);
    if (ofRule.length > 1)
      actions.push({
        title: `Fix all ‘${rule}’ problems in this file`,
        kind: 'quickfix',
        edits: combine(ofRule),
        fixes: ofRule,
      });
  }
  for (const rule of new Set(here.map((f) => f.rule))) {
    const finding = here.find((f) => f.rule === rule)!;
    actions.push({
      title: `Disable ‘${rule}’ for this line`,
      kind: 'quickfix',
      edits: [disableNextLine(draft, finding)],
      fixes: [finding],
    });
  }
  for (const rule of new Set(here.map((f) => f.rule))) {
    const turnedOff = engine.rule(rule) && turnOffRule(engine, draft.path, rule, textOf);
    if (turnedOff)
      actions.push({
        title: turnedOff.title,
        kind: 'quickfix',
        edits: [],
        otherFiles: [turnedOff.change],
        fixes: all.filter((f) => f.rule === rule),
      });
  }
  return actions;
}

/** `source.fixAll.placeshaper`: every fix in the file that does not overlap another. */
export function fixAll(engine: Engine, filePath: string): CodeActionEntry | undefined {
  const fixable = engine.check(filePath).filter((f) => f.fix);
  if (fixable.length === 0) return undefined;
  return { title: 'Fix all Placeshaper problems', kind: 'source.fixAll', edits: combine(fixable), fixes: fixable };
}

/** The edits of several fixes, dropping any that overlap an earlier one, so that applying them is safe. */
function combine(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of findings) {
    const candidate = finding.fix!.edits;
    if (candidate.some((e) => edits.some((taken) => overlaps(e.span, taken.span)))) continue;
    edits.push(...candidate);
  }
  return edits.sort((a, b) => a.span.start - b.span.start);
}

/** A `placeshaper-disable-next-line` comment on its own line above the finding: YAML in the frontmatter, HTML in the body. */
function disableNextLine(draft: DraftModel, finding: Finding): TextEdit {
  const text = draft.parsed.text;
  const block = draft.parsed.frontmatter;
  // A finding on the opening fence is silenced from the first frontmatter line.
  const anchor = block && finding.span.start < block.contentSpan.start ? block.contentSpan.start : finding.span.start;
  const lineStart = text.lastIndexOf('\n', anchor - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  const eol = lineEndingOf(draft);
  const inFrontmatter = block !== undefined && anchor <= block.contentSpan.end;
  const comment = inFrontmatter
    ? `# placeshaper-disable-next-line ${finding.rule}`
    : `<!-- placeshaper-disable-next-line ${finding.rule} -->`;
  return { span: { start: lineStart, end: lineStart }, newText: `${indent}${comment}${eol}` };
}
