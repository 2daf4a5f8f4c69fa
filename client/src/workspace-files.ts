import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  FS_LIST_METHOD,
  FS_READ_LIMIT,
  FS_READ_METHOD,
  type FsListParams,
  type FsListResult,
  type FsReadParams,
  type FsReadResult,
} from '../../common/protocol';

/** What the server lists of a folder: drafts, configuration files and the register of facts, outside dependency and VCS folders. */
const LISTED = '**/{*.md,.placeshaper.yaml,.placeshaper.json,facts.yaml,facts.yml}';
const SKIPPED = '**/{node_modules,.git}/**';

/**
 * Answers the server's file requests with the editor's file system, so that a server in a web
 * worker reads closed drafts, configuration and guidance files of any workspace, virtual ones too.
 * A file that cannot be read is reported as such, never a failed request.
 */
export function answerFileRequests(client: BaseLanguageClient): void {
  client.onRequest(FS_LIST_METHOD, async ({ folderUri }: FsListParams): Promise<FsListResult> => {
    const folder = vscode.Uri.parse(folderUri);
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, LISTED), SKIPPED);
    const files = await Promise.all(
      found.map(async (uri) => {
        try {
          return { uri: uri.toString(), size: (await vscode.workspace.fs.stat(uri)).size };
        } catch {
          return undefined;
        }
      }),
    );
    return { files: files.filter((f) => f !== undefined) };
  });
  client.onRequest(FS_READ_METHOD, async ({ uris }: FsReadParams): Promise<FsReadResult> => ({
    files: await Promise.all((Array.isArray(uris) ? uris : []).map(readText)),
  }));
}

async function readText(uri: string): Promise<FsReadResult['files'][number]> {
  try {
    const target = vscode.Uri.parse(uri);
    const stat = await vscode.workspace.fs.stat(target);
    if (stat.type & vscode.FileType.Directory) return { uri, error: 'a folder, not a file' };
    if (stat.size > FS_READ_LIMIT) return { uri, size: stat.size, error: `larger than ${FS_READ_LIMIT} bytes` };
    const bytes = await vscode.workspace.fs.readFile(target);
    return { uri, size: bytes.byteLength, text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { uri, error: error instanceof Error ? error.message : String(error) };
  }
}
