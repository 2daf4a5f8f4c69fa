// "Placeshaper: Schedule of Changes Since…" (desktop VS Code): git runs here, in the extension host,
// without a shell; the schedule is the page `placeshaper schedule` writes, shown in a webview.
import { execFile, fork } from 'node:child_process';
import * as vscode from 'vscode';

interface RevisionItem extends vscode.QuickPickItem {
  revision: string;
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(command, args, { cwd, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(stderr.trim() || error.message)) : resolve(stdout),
    ),
  );
}

/** Tags, branches and the last commits, newest first, for the pick list. */
async function recentRevisions(folder: string): Promise<RevisionItem[]> {
  const refs = await run(
    'git',
    [
      'for-each-ref',
      '--sort=-creatordate',
      '--count=30',
      '--format=%(refname:short)%09%(creatordate:short)%09%(subject)',
      'refs/tags',
      'refs/heads',
      'refs/remotes',
    ],
    folder,
  );
  const commits = await run('git', ['log', '-20', '--format=%h%x09%cs%x09%s'], folder);
  const item = (line: string, kind: string): RevisionItem | undefined => {
    const [revision, date, subject] = line.split('\t');
    return revision ? { label: revision, description: `${kind}, ${date}`, detail: subject, revision } : undefined;
  };
  return [...refs.split('\n').map((l) => item(l, 'tag or branch')), ...commits.split('\n').map((l) => item(l, 'commit'))].filter(
    (i): i is RevisionItem => i !== undefined,
  );
}

/** Asks for the revision: one of the recent ones, or any a person types (a tag, a branch, a commit). */
function pickRevision(items: RevisionItem[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<RevisionItem>();
    pick.title = 'Schedule of Changes Since…';
    pick.placeholder = 'A tag, a branch or a commit: the schedule lists every change made since';
    pick.items = items;
    pick.onDidChangeValue((value) => {
      const typed = value.trim();
      pick.items =
        typed && !items.some((i) => i.revision === typed)
          ? [{ label: typed, description: 'the revision typed', revision: typed }, ...items]
          : items;
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.revision);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/** `placeshaper schedule --from REV -f html`, run by the extension's own command-line bundle. */
function schedulePage(cli: string, folder: string, revision: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(cli, ['schedule', '--from', revision, '--format', 'html', '--root', folder], {
      cwd: folder,
      silent: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(stderr.trim().replace(/^placeshaper: /, '') || `exit code ${code}`)),
    );
  });
}

export async function showSchedule(context: vscode.ExtensionContext): Promise<void> {
  // git reads the repository's own configuration, which can name commands to run: only in a trusted folder.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(
      'The schedule of changes runs git, which reads the repository’s own configuration: trust this folder first (Workspaces: Manage Workspace Trust).',
    );
    return;
  }
  const document = vscode.window.activeTextEditor?.document;
  const folder = (document && vscode.workspace.getWorkspaceFolder(document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder || folder.uri.scheme !== 'file') {
    void vscode.window.showInformationMessage(
      'The schedule of changes reads the folder’s git history: open a folder on this computer, or run `placeshaper schedule --from REV` on the command line.',
    );
    return;
  }
  let items: RevisionItem[];
  try {
    items = await recentRevisions(folder.uri.fsPath);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `The schedule of changes needs the folder to be a git repository: ${(error as Error).message.split('\n')[0]}`,
    );
    return;
  }
  const revision = await pickRevision(items);
  if (!revision) return;
  const cli = vscode.Uri.joinPath(context.extensionUri, 'dist', 'cli.js').fsPath;
  const html = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Schedule of changes since ${revision}…` },
    () => schedulePage(cli, folder.uri.fsPath, revision).catch((error: Error) => error),
  );
  if (html instanceof Error) {
    void vscode.window.showErrorMessage(`No schedule of changes: ${html.message}`);
    return;
  }
  const panel = vscode.window.createWebviewPanel('placeshaper.schedule', `Changes since ${revision}`, vscode.ViewColumn.Active, {
    enableScripts: false,
    enableFindWidget: true,
    localResourceRoots: [],
  });
  panel.webview.html = html;
}
