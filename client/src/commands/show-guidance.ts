import * as vscode from 'vscode';
import { ruleIdsAt } from '../diagnostics';
import type { GuidanceDocuments } from '../guidance-documents';
import { EXPLAIN_RULE_METHOD, type ExplainRuleParams, type ExplainRuleResult } from '../../../common/protocol';
import { parseRuleCatalogue, type RuleSummary } from '../rule-catalogue';
import type { ServerController } from '../server-controller';

/**
 * Shows the guidance behind a rule in a Markdown preview beside the editor: the rule given (by a
 * diagnostic's code link or a hover), else the Placeshaper diagnostic under the cursor (asking
 * which one when several cover it, or which rule when none does).
 */
export async function showGuidance(
  context: vscode.ExtensionContext,
  server: ServerController,
  documents: GuidanceDocuments,
  given?: string,
): Promise<void> {
  const ruleId = given ?? (await chooseRule(context));
  if (!ruleId) return;
  const client = server.client;
  if (!client.isRunning()) {
    void vscode.window.showWarningMessage(
      'The Placeshaper language server is not running. Run "Placeshaper: Restart Language Server" and try again.',
    );
    return;
  }
  const params: ExplainRuleParams = { ruleId };
  let result: ExplainRuleResult;
  try {
    result = await client.sendRequest<ExplainRuleResult>(EXPLAIN_RULE_METHOD, params);
  } catch (error) {
    client.error(`${EXPLAIN_RULE_METHOD} failed for ${ruleId}`, error, false);
    void vscode.window.showErrorMessage(`Placeshaper could not fetch the guidance for ${ruleId}: see the Placeshaper output.`);
    return;
  }
  if (!result) {
    void vscode.window.showInformationMessage(`Placeshaper has no guidance for the rule ${ruleId}.`);
    return;
  }
  const uri = documents.set(ruleId, result.markdown);
  await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
}

async function chooseRule(context: vscode.ExtensionContext): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const underCursor = editor ? ruleIdsAt(editor.document.uri, editor.selection.active) : [];
  if (underCursor.length === 1) return underCursor[0];
  if (underCursor.length > 1) {
    return vscode.window.showQuickPick(underCursor, {
      title: 'Show guidance',
      placeHolder: 'Several Placeshaper problems are under the cursor: which rule?',
    });
  }
  const rules = await ruleCatalogue(context);
  if (rules.length === 0) {
    const typed = await vscode.window.showInputBox({
      title: 'Show guidance',
      prompt: 'Rule id',
      placeHolder: 'laa/lead-partner',
      validateInput: (value) => (/^[a-z]+\/[a-z0-9-]+$/.test(value.trim()) ? undefined : 'A rule id looks like area/name.'),
    });
    return typed?.trim();
  }
  const picked = await vscode.window.showQuickPick(
    rules.map((rule) => ({
      label: rule.id,
      description: rule.basis === '—' ? rule.severity : `${rule.severity} · ${rule.basis}`,
      detail: rule.firesWhen,
    })),
    { title: 'Show guidance', placeHolder: 'No Placeshaper problem is under the cursor: which rule?', matchOnDetail: true },
  );
  return picked?.label;
}

async function ruleCatalogue(context: vscode.ExtensionContext): Promise<RuleSummary[]> {
  try {
    // Through the editor's file system, which reaches the extension's files on the desktop and in a browser alike.
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'docs/rules.md'));
    return parseRuleCatalogue(new TextDecoder('utf-8').decode(bytes));
  } catch {
    return [];
  }
}
