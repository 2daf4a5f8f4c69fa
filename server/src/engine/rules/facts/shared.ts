import * as path from 'node:path';
import type { FactRegister } from '../../facts/register';
import type { ApplicabilityContext } from '../rule';
import type { WorkspaceView } from '../../workspace/workspace-view';

/** The register as the author knows it: its path from the workspace root (`facts.yaml`). */
export function registerName(register: Pick<FactRegister, 'path'>, workspace: Pick<WorkspaceView, 'root'>): string {
  return workspace.root ? path.relative(workspace.root, register.path).split(path.sep).join('/') : path.basename(register.path);
}

/** A draft's path from the workspace root, for messages that name another draft. */
export function draftName(filePath: string, workspace: Pick<WorkspaceView, 'root'>): string {
  return workspace.root ? path.relative(workspace.root, filePath).split(path.sep).join('/') : path.basename(filePath);
}

/** Why a rule about the facts a draft's text states has nothing to check there. */
export function statesNoFactInText({ draft }: ApplicabilityContext): string | undefined {
  return draft.factReferences.some((r) => r.in === 'body') ? undefined : 'States no fact of the register in its text.';
}
