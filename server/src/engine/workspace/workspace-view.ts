import type { DraftModel, FactReference, PriorityReference } from '../model/draft-model';

/** Where a link written in a draft leads. */
export interface ResolvedLink {
  /** Absolute path of the target. */
  path: string;
  /** True when the target lies outside the workspace root, by its path or through a symbolic link: it is never read. */
  outside: boolean;
}

/** A priority reference together with the draft that makes it. */
export interface IncomingReference {
  draft: DraftModel;
  reference: PriorityReference;
}

/** A reference to a fact together with the draft that makes it. */
export interface FactUse {
  draft: DraftModel;
  reference: FactReference;
}

/** What rules may ask of the workspace around the draft they check. */
export interface WorkspaceView {
  /** The workspace folder; links must not leave it. */
  readonly root: string | undefined;
  /** Set when the root was inferred for a draft opened on its own (no workspace folder), not chosen by the author. */
  readonly rootIsInferred: boolean;
  /** The model of a file (open buffer first, then disk), or undefined when it cannot be read or lies outside the root. */
  draft(filePath: string): DraftModel | undefined;
  /** Every strategy draft under the root, open or not. */
  drafts(): DraftModel[];
  /** Resolves a link relative to the draft that writes it. */
  resolve(from: DraftModel, target: string): ResolvedLink;
  /** The strategy draft a `related` role leads to, when it exists inside the workspace. */
  linked(from: DraftModel, role: string): DraftModel | undefined;
  /** The SCS named in `related.scs`, when it is one. */
  scsOf(draft: DraftModel): DraftModel | undefined;
  /** Every reference, from any draft of the workspace, to a priority of this SCS. */
  referencesTo(scs: DraftModel): IncomingReference[];
  /** Every reference to the fact with this id, from any draft of the workspace, in file order. */
  factUses(id: string): FactUse[];
}
