import * as vscode from 'vscode';
import * as protocol from '../../../common/protocol';
import type { ServerController } from '../server-controller';

const TITLE = 'New Placeshaper draft';

/** "city-of-london" → "City of London": how an authority type reads in a list. */
function typeLabel(type: string): string {
  const words = type.split('-').map((w) => (['of', 'and'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)));
  return words.join(' ').replace('London Borough', 'London borough');
}

/** "Millbrook Core Strategy" → "millbrook-core-strategy.md". */
function fileNameFor(title: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'draft'}.md`;
}

/**
 * Asks for the kind, the title and the authority, links the workspace's SCS (asking which when
 * there are several), asks where to save, and opens the new draft, written by the server so that it
 * is clean on arrival. Escape at any step stops without writing anything.
 */
export async function newDraft(server: ServerController): Promise<void> {
  const client = server.client;
  const folder = vscode.workspace.workspaceFolders?.[0];
  const choices = await client.sendRequest<protocol.NewDraftChoicesResult>(protocol.NEW_DRAFT_CHOICES_METHOD, {
    folderUri: folder ? client.code2ProtocolConverter.asUri(folder.uri) : undefined,
  } satisfies protocol.NewDraftChoicesParams);

  const kind = await vscode.window.showQuickPick(
    choices.kinds.map((k) => ({ label: k.label, detail: k.summary, value: k.kind })),
    { title: `${TITLE} (1/5)`, placeHolder: 'Which kind of strategy draft?', ignoreFocusOut: true },
  );
  if (!kind) return;
  const title = await vscode.window.showInputBox({
    title: `${TITLE} (2/5)`,
    prompt: `The title of the ${kind.label}`,
    placeHolder: `e.g. Millbrook ${kind.label} ${new Date().getFullYear()}`,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Give the draft a title.'),
  });
  if (!title) return;
  const authorityName = await vscode.window.showInputBox({
    title: `${TITLE} (3/5)`,
    prompt: 'The authority that prepares it',
    placeHolder: 'e.g. Millbrook District Council',
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : 'Name the authority.'),
  });
  if (!authorityName) return;
  const authorityType = await vscode.window.showQuickPick(
    choices.authorityTypes.map((type) => ({ label: typeLabel(type), type })),
    { title: `${TITLE} (4/5)`, placeHolder: `What kind of authority is ${authorityName.trim()}?`, ignoreFocusOut: true },
  );
  if (!authorityType) return;

  let scsUri: string | undefined;
  if (kind.value !== 'sustainable-community-strategy' && choices.scs.length > 0) {
    if (choices.scs.length === 1) scsUri = choices.scs[0].uri;
    else {
      const picked = await vscode.window.showQuickPick(
        [
          ...choices.scs.map((s) => ({
            label: s.title,
            description: vscode.workspace.asRelativePath(vscode.Uri.parse(s.uri)),
            uri: s.uri,
          })),
          { label: 'None for now', description: 'link the SCS later', uri: undefined },
        ],
        {
          title: `${TITLE}: link an SCS`,
          placeHolder: `Which Sustainable Community Strategy does this ${kind.label} deliver?`,
          ignoreFocusOut: true,
        },
      );
      if (!picked) return;
      scsUri = picked.uri;
    }
  }

  const base =
    folder?.uri ??
    (vscode.window.activeTextEditor ? vscode.Uri.joinPath(vscode.window.activeTextEditor.document.uri, '..') : undefined);
  const target = await vscode.window.showSaveDialog({
    title: `${TITLE} (5/5): where to save it`,
    defaultUri: base ? vscode.Uri.joinPath(base, fileNameFor(title)) : undefined,
    filters: { Markdown: ['md'] },
    saveLabel: 'Create draft',
  });
  if (!target) return;

  const result = await client.sendRequest<protocol.NewDraftResult>(protocol.NEW_DRAFT_METHOD, {
    kind: kind.value,
    title: title.trim(),
    authority: { name: authorityName.trim(), type: authorityType.type },
    uri: client.code2ProtocolConverter.asUri(target),
    scsUri,
  } satisfies protocol.NewDraftParams);
  if (!result) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document);
}
