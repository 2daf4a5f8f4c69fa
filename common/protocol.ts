/**
 * The custom requests between the Placeshaper client and its language server. This module has no
 * runtime dependencies, so the server can import the same names and types.
 */

/** `placeshaper/draftInfo`: what kind of strategy draft a document is. */
export const DRAFT_INFO_METHOD = 'placeshaper/draftInfo';

export interface DraftInfoParams {
  /** The document URI as the client sends it in `textDocument/didOpen`. */
  uri: string;
}

export interface DraftInfoResult {
  /** The canonical kind (`sustainable-community-strategy`, …), or null for ordinary Markdown. */
  kind: string | null;
  /** The kind's label ("Sustainable Community Strategy"), or null for ordinary Markdown. */
  label: string | null;
}

/** `placeshaper/explainRule`: the guidance behind a rule, as Markdown; null for an unknown rule. */
export const EXPLAIN_RULE_METHOD = 'placeshaper/explainRule';

export interface ExplainRuleParams {
  ruleId: string;
}

export type ExplainRuleResult = { markdown: string } | null;

/** `placeshaper/matrix`: the alignment matrix of a workspace folder as a page for a webview; null without a folder. */
export const MATRIX_METHOD = 'placeshaper/matrix';

export interface MatrixParams {
  /** The workspace folder; the first one when absent. */
  folderUri?: string;
}

/** Links in `html` are `#<file>:<line>`, the file relative to `folderUri`. */
export type MatrixResult = { html: string; folderUri: string } | null;

/**
 * The command a code lens runs when clicked: lists the places that deliver an SCS priority in the
 * references view. Its arguments are LSP values: the document URI, the lens's position and the
 * locations (the client turns them into VS Code values for `editor.action.showReferences`).
 */
export const SHOW_REFERENCES_COMMAND = 'placeshaper.showReferences';

/**
 * The command that shows the guidance behind a rule, rendered beside the editor. Given a rule id
 * (as diagnostic code links and hovers do), it opens that rule; without one, it asks.
 */
export const SHOW_GUIDANCE_COMMAND = 'placeshaper.showGuidance';

/** The `source` of every diagnostic the server publishes, and the client id (`placeshaper.*` settings). */
export const DIAGNOSTIC_SOURCE = 'placeshaper';

/** The files whose changes on disk the server watches: drafts, and configuration files (which also restart it). */
export const DRAFT_FILE_GLOB = '**/*.md';
export const CONFIG_FILE_GLOB = '**/.placeshaper.{yaml,json}';
