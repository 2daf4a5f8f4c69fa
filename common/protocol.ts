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
  /** The canonical kind (`sustainable-community-strategy`, …), or null for ordinary Markdown and a kind not known. */
  kind: string | null;
  /** The kind's label ("Sustainable Community Strategy"), or null for ordinary Markdown and a kind not known. */
  label: string | null;
  /** True for a draft (its frontmatter declares a `kind`) whose frontmatter cannot be read: unclosed, or not valid YAML. */
  frontmatterBroken?: boolean;
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
 * `placeshaper/review`: the review of one draft, or of every draft of a workspace folder, as a page
 * for a webview (the page `placeshaper review` writes); null when there is nothing to review.
 */
export const REVIEW_METHOD = 'placeshaper/review';

export interface ReviewParams {
  /** The draft to review; without it, every draft of the workspace folder. */
  uri?: string;
  /** The workspace folder; the first one when absent. */
  folderUri?: string;
}

/**
 * Places in `html` that open a draft are links `#open:<file>:<line>`, the file relative to
 * `folderUri`; every other link stays in the page.
 */
export type ReviewResult = { html: string; folderUri: string; title: string } | null;

/**
 * `placeshaper/newDraftChoices`: what "New Draft from Template…" offers: the kinds, the types of
 * authority, and the workspace's SCS drafts that a new draft can deliver.
 */
export const NEW_DRAFT_CHOICES_METHOD = 'placeshaper/newDraftChoices';

export interface NewDraftChoicesParams {
  /** The workspace folder the draft goes in; the first one when absent. */
  folderUri?: string;
}

export interface NewDraftChoicesResult {
  kinds: { kind: string; label: string; summary: string }[];
  authorityTypes: string[];
  scs: { uri: string; title: string }[];
}

/** `placeshaper/newDraft`: the text of a new draft, clean on arrival, for the file the author chose. */
export const NEW_DRAFT_METHOD = 'placeshaper/newDraft';

export interface NewDraftParams {
  kind: string;
  title: string;
  authority: { name: string; type: string };
  /** Where the draft will be saved: its links are relative to it. */
  uri: string;
  /** The SCS the draft delivers or aligns with. */
  scsUri?: string;
}

/** The draft's text with `\n` line endings; null for a kind that is not known. */
export type NewDraftResult = { text: string } | null;

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

/**
 * The names of the editor's two diagnostic collections: one for what the server pulls (every draft)
 * and one for what it pushes (open drafts). Two collections of one name make VS Code warn each session.
 */
export const PULL_DIAGNOSTICS_IDENTIFIER = 'placeshaper';
export const PUSH_DIAGNOSTICS_COLLECTION = 'placeshaper-open-drafts';

/** The files whose changes on disk the server watches: drafts, and configuration files (which also restart it). */
export const DRAFT_FILE_GLOB = '**/*.md';
export const CONFIG_FILE_GLOB = '**/.placeshaper.{yaml,json}';
/** YAML files, among them the register of facts (`facts.yaml`, or the file `facts` names in the configuration). */
export const DATA_FILE_GLOB = '**/*.{yaml,yml}';
/** The register of facts under its default name, which the editor opens with Placeshaper (code lens, hover, rename). */
export const FACTS_FILE_PATTERN = '**/facts.{yaml,yml}';

/**
 * `placeshaper/fs/list` (server → client): the drafts and configuration files of a workspace folder,
 * for a server that cannot read them itself (in a browser, a virtual workspace: github.dev, vscode.dev).
 */
export const FS_LIST_METHOD = 'placeshaper/fs/list';

export interface FsListParams {
  folderUri: string;
}

export interface FsListResult {
  files: { uri: string; size: number }[];
}

/** `placeshaper/fs/read` (server → client): the texts of files; `text` absent (and `error` said) for a file that cannot be read. */
export const FS_READ_METHOD = 'placeshaper/fs/read';

export interface FsReadParams {
  uris: string[];
}

export interface FsReadResult {
  files: { uri: string; text?: string; size?: number; error?: string }[];
}

/** Files larger than this are listed but never read: the engine refuses them with a finding. */
export const FS_READ_LIMIT = 8 * 1024 * 1024;
