import * as vscode from 'vscode';
import type { Location, Position } from 'vscode-languageclient/node';
import type { ServerController } from '../server-controller';

/**
 * What a click on a code lens ("delivered by 2 targets") does: lists the places that deliver the
 * priority in the references view. The server sends LSP values; VS Code's command wants its own.
 */
export async function showReferences(
  server: ServerController,
  uri: string,
  position: Position,
  locations: Location[],
): Promise<void> {
  const convert = server.client.protocol2CodeConverter;
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    convert.asUri(uri),
    convert.asPosition(position),
    locations.map((location) => convert.asLocation(location)),
  );
}
