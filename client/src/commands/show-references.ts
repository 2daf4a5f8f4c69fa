import * as vscode from 'vscode';
import type { Location, Position, Protocol2CodeConverter } from 'vscode-languageclient';

/**
 * What a click on a code lens ("delivered by 2 targets") does in VS Code: lists the places that
 * deliver the priority in the references peek. The lens runs the server's command
 * (`placeshaper.showReferences`), which other editors execute on the server; here the client's
 * middleware answers it with the peek instead, turning the lens's LSP values into VS Code's.
 */
export async function showReferences(convert: Protocol2CodeConverter, args: unknown[]): Promise<void> {
  const [uri, position, locations] = args as [string, Position, Location[]];
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    convert.asUri(uri),
    convert.asPosition(position),
    locations.map((location) => convert.asLocation(location)),
  );
}
