// The engine's entry point: everything the language server, the CLI and the tests use. It is the
// same in Node and in a browser; the Node host (the disk) comes from `engine/node.ts`.

export { Engine, type EngineOptions } from './engine';
export type { DirectoryEntry, FileSystemHost } from './host/file-system';
export { MemoryFileSystem } from './host/file-system';
export { MirrorFileSystem } from './host/mirror-file-system';

// Text: offsets inside the engine, positions only here at the edge.
export { LineIndex, type Position, type Range, type Span } from './text/line-index';
export { applyEdits, type Fix, type TextEdit } from './text/edits';

// Drafts.
export { KIND_NAMES, KINDS, kindInfo, kindOnItsLine, resolveKind, type Kind, type KindInfo } from './model/kinds';
export type { DefinedItem, DraftModel } from './model/draft-model';

// Rules and their findings.
export { RULE_IDS, RULES, ruleById } from './rules/registry';
export type { Basis, Finding, RelatedInformation, Rule } from './rules/rule';
export { SEVERITIES, type RuleSetting, type Severity } from './rules/severity';

// Configuration and workspace.
export { CONFIG_FILE_NAMES, isConfigFile } from './config/config-schema';
export { SKIPPED_FOLDERS } from './workspace/workspace';

// Guidance.
export { GuidanceLibrary, type Passage, type Standing } from './guidance/guidance';
export { explainRule, ruleAnchor } from './guidance/explain';

// Editor features: each takes an engine and a place and returns plain data.
export { hover, type HoverOptions, type HoverResult } from './features/hover';
export { complete, type CompletionEntry, type CompletionKind } from './features/completion';
export { definition, prepareRename, references, rename, type Location, type RenameResult } from './features/navigation';
export { itemsOf } from './features/id-symbols';
export {
  documentSymbols,
  workspaceSymbols,
  type DocumentSymbolEntry,
  type SymbolKind,
  type WorkspaceSymbolEntry,
} from './features/outline';
export { codeActions, fixAll, type ActionKind, type CodeActionEntry } from './features/code-actions';
export type { FileChange } from './features/turn-off-rule';
export { priorityLenses, type PriorityLens } from './features/code-lens';
export { factLenses, factHover, type FactLens } from './features/facts';
export { readRegister, type FactEntry, type FactRegister } from './facts/register';
export { factsSchema, DEFAULT_FACTS_FILE } from './facts/register-schema';
export { writeValue, type FactValue } from './facts/fact-values';
export { documentLinks, type DocumentLinkEntry } from './features/document-links';
export { newDraftText, scsChoices, type NewDraftOptions } from './features/new-draft';
export { AUTHORITY_TYPES } from './schema/frontmatter-schema';

// Reports.
export { matrixReport, type MatrixReport } from './reports/matrix-report';
export { matrixCsv, matrixHtml, matrixJson, matrixMarkdown } from './reports/matrix-formats';
export { checklistOf, type ChecklistEntry, type ChecklistStatus, type DraftChecklist } from './reports/checklist';
export {
  reviewReport,
  type DraftRevision,
  type ReviewDraft,
  type ReviewOptions,
  type ReviewReport,
  type ReviewSource,
  type Revision,
} from './reports/review-report';
export { reviewMarkdown } from './reports/review-markdown';
export { REVIEW_CSP, reviewHtml, type ReviewHtmlOptions } from './reports/review-html';
export {
  CHANGE_AREAS,
  DEFAULT_MAIN_AREAS,
  scheduleOfChanges,
  type ChangeArea,
  type ChangeType,
  type ScheduleOptions,
  type ScheduleRow,
  type WordChange,
} from './reports/schedule';
export {
  changeText,
  scheduleCsv,
  scheduleHtml,
  scheduleJson,
  scheduleMarkdown,
  typeText,
  type ScheduleMeta,
} from './reports/schedule-formats';
