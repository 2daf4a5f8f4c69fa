import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { DRAFT_TEMPLATES, parseSnippetFile, snippetByPrefix, type DraftTemplate } from '../draft-templates';

/** Asks for a kind, then opens an untitled Markdown document holding that kind's skeleton as a live snippet. */
export async function newDraft(context: vscode.ExtensionContext): Promise<void> {
  const items = DRAFT_TEMPLATES.map((template) => ({
    label: template.label,
    description: template.kind,
    detail: template.detail,
    template,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'New Placeshaper draft',
    placeHolder: 'Which kind of strategy draft?',
    matchOnDescription: true,
  });
  if (!picked) return;
  const body = await skeletonOf(context, picked.template);
  const document = await vscode.workspace.openTextDocument({ language: 'markdown' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body));
}

async function skeletonOf(context: vscode.ExtensionContext, template: DraftTemplate): Promise<string> {
  const file = context.asAbsolutePath('snippets/placeshaper.code-snippets');
  const snippet = snippetByPrefix(parseSnippetFile(await readFile(file, 'utf8')), template.prefix);
  if (!snippet) throw new Error(`The snippets file has no skeleton with the prefix ${template.prefix}.`);
  return snippet.body;
}
