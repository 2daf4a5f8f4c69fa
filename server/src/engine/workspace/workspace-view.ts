import type { DraftModel } from '../model/draft-model';

/** What rules may ask of the workspace around the draft they check. */
export interface WorkspaceView {
  /** The workspace folder; links must not leave it. */
  readonly root: string | undefined;
  /** The model of a file (open buffer first, then disk), or undefined when it cannot be read. */
  draft(filePath: string): DraftModel | undefined;
}
