import type { Engine, RuleSettingSource } from '../engine';
import { kindInfo, withArticle } from '../model/kinds';
import type { DraftModel } from '../model/draft-model';
import type { Finding, Rule, Severity } from '../rules/rule';
import { linesPhrase } from '../suggest';

/** How a draft stands against one rule, as a reviewer's checklist says it. */
export type ChecklistStatus = 'met' | 'not-met' | 'silenced' | 'not-applicable' | 'not-checked' | 'off';

export interface ChecklistEntry {
  rule: Rule;
  status: ChecklistStatus;
  /** Why the rule is not applicable or was not checked, in a sentence. */
  reason?: string;
  /** What turned the rule off: the editor's setting or a configuration file, and the key (`laa/*`). */
  turnedOffBy?: RuleSettingSource;
  /** The severity the rule ran at. */
  severity?: Severity;
  /** Its findings that stand. */
  findings: Finding[];
  /** Its findings control comments in the draft silence. */
  silenced: Finding[];
}

export interface DraftChecklist {
  entries: ChecklistEntry[];
  /** Every finding that stands, in order of position: the same as `check` returns. */
  findings: Finding[];
  silenced: Finding[];
}

/**
 * Every rule that applies to the draft's kind, with how the draft stands against it: met, not met
 * (its findings), silenced by control comments, not applicable (why), not checked (why) or turned
 * off (by what). The review's checklist; undefined for ordinary Markdown and ignored files.
 */
export function checklistOf(engine: Engine, draftPath: string): DraftChecklist | undefined {
  const evaluation = engine.evaluation(draftPath);
  const draft = engine.workspace.draft(draftPath);
  if (!evaluation || !draft) return undefined;
  const { findings, silenced, runs } = evaluation;
  const config = engine.config(draft.path);
  const context = { draft, config, workspace: engine.workspace, today: engine.today };
  const entries: ChecklistEntry[] = [];
  for (const run of runs) {
    const { rule } = run;
    if (!run.ran) {
      if (run.why === 'kind') continue;
      if (run.why === 'off') entries.push({ rule, status: 'off', turnedOffBy: run.setting, findings: [], silenced: [] });
      else entries.push({ rule, status: 'not-checked', reason: notCheckedReason(draft, run.why), findings: [], silenced: [] });
      continue;
    }
    const own = findings.filter((f) => f.rule === rule.id);
    const quiet = silenced.filter((f) => f.rule === rule.id);
    const reason = own.length || quiet.length ? undefined : rule.notApplicable?.(context);
    entries.push({
      rule,
      status: own.length ? 'not-met' : quiet.length ? 'silenced' : reason ? 'not-applicable' : 'met',
      reason: quiet.length && !own.length ? silencedReason(draft, quiet) : reason,
      severity: run.severity,
      findings: own,
      silenced: quiet,
    });
  }
  return { entries, findings, silenced };
}

function notCheckedReason(draft: DraftModel, why: 'broken' | 'incomplete'): string {
  if (why === 'broken') return 'The frontmatter cannot be read; correct the format problems first.';
  const kind = draft.kind ? withArticle(kindInfo(draft.kind).label) : 'a draft';
  return `Checked once the frontmatter has every key ${kind} needs (see ‘format/schema’).`;
}

function silencedReason(draft: DraftModel, silenced: Finding[]): string {
  const lines = [...new Set(silenced.map((f) => draft.parsed.lines.positionAt(f.span.start).line + 1))];
  const places = linesPhrase(lines);
  const count = silenced.length === 1 ? 'Its finding is' : `Its ${silenced.length} findings are`;
  return `${count} silenced by a control comment in the draft (${places}).`;
}
