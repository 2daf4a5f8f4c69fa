import type { ResolvedConfig } from '../config/config';
import type { FactRegister } from '../facts/register';
import type { DraftModel } from '../model/draft-model';
import type { Kind } from '../model/kinds';
import type { Fix } from '../text/edits';
import type { Span } from '../text/line-index';
import type { WorkspaceView } from '../workspace/workspace-view';

import type { Severity } from './severity';

export { SEVERITIES, type Severity } from './severity';

export type Basis = 'requirement' | 'fact' | 'practice';

/** Another place that explains a diagnostic, possibly in another draft. */
export interface RelatedInformation {
  path: string;
  span: Span;
  message: string;
}

export interface Report {
  span: Span;
  message: string;
  /** At most this severity, whatever the rule's: for a finding only worth a note (a link a lone draft cannot check). */
  severity?: Severity;
  fix?: Fix;
  related?: RelatedInformation[];
}

/** A diagnostic as the engine produces it: offsets, not protocol positions. */
export interface Finding extends Report {
  rule: string;
  severity: Severity;
  /** The draft the finding is in. */
  path: string;
}

export interface RuleContext {
  draft: DraftModel;
  config: ResolvedConfig;
  workspace: WorkspaceView;
  /** Today's date, fixed per run so that results are reproducible in tests. */
  today: Date;
  /** The register of facts and figures that applies to the draft, when there is one. */
  register?: FactRegister;
  report(report: Report): void;
}

/** What a rule that checks the register of facts itself is given: its findings are in the register. */
export interface RegisterContext {
  register: FactRegister;
  workspace: WorkspaceView;
  report(report: Report): void;
}

export interface Rule {
  /** `area/name`, as in the rule catalogue. */
  id: string;
  defaultSeverity: Severity;
  /** What makes the rule fire, in a sentence, for documentation and `placeshaper rules`. */
  description: string;
  /** What a draft that meets the rule does, as a reviewer's checklist says it ("The SCS states a long-term vision."). */
  expectation: string;
  /**
   * What the rule rests on, as the rule catalogue gives it: a requirement of the statutory guidance,
   * a fact of the statutory regime, or good practice that consultation respondents reported.
   * Undefined for format and consistency checks, which need no passage.
   */
  basis?: Basis;
  /** Ids of the guidance passages the rule rests on, most authoritative first (empty for format rules). */
  passages: readonly string[];
  /** Ids of the statutory facts a fact rule cites (`server/data/statutory-facts.json`), shown before its passages. */
  facts?: readonly string[];
  /** Set when what the rule finds depends on other drafts (it reads them through the workspace): its findings change when they do. */
  crossDocument?: true;
  /** The kinds the rule checks; undefined for every kind. */
  kinds?: readonly Kind[];
  /** Format rules also run on drafts whose frontmatter is broken or whose kind is unknown. */
  runsOnBrokenDrafts?: boolean;
  /**
   * Format rules also run while the frontmatter lacks a key every draft of its kind needs; the other
   * rules wait until the format is whole, so that a new draft shows one problem with its fix, not ten.
   */
  runsOnIncompleteDrafts?: boolean;
  check(context: RuleContext): void;
  /**
   * Set for a rule that checks the register of facts rather than a draft (`check` then does
   * nothing): its findings are reported in the register file.
   */
  checkRegister?(context: RegisterContext): void;
  /**
   * Why the rule has nothing to check in this draft, in a sentence the review's checklist shows
   * ("Applies once the SCS is adopted; its status is ‘draft’."); undefined when it applies.
   */
  notApplicable?(context: ApplicabilityContext): string | undefined;
}

/** What a rule may read to say whether it applies: the context of a check, without reporting. */
export type ApplicabilityContext = Omit<RuleContext, 'report'>;

export function defineRule(rule: Rule): Rule {
  return rule;
}
