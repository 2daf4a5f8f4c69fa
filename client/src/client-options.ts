import type * as vscode from 'vscode';
import type { BaseLanguageClient, DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import {
  DIAGNOSTIC_SOURCE,
  PUSH_DIAGNOSTICS_COLLECTION,
  SHOW_GUIDANCE_COMMAND,
  SHOW_REFERENCES_COMMAND,
} from '../../common/protocol';
import { showReferences } from './commands/show-references';

/** The client id: vscode-languageclient reads `placeshaper.trace.server` because of it. */
export const CLIENT_ID = DIAGNOSTIC_SOURCE;
export const CLIENT_NAME = 'Placeshaper';

/**
 * What the desktop and the browser clients share. `client` is asked for once the client exists:
 * the code lens middleware converts its locations with it.
 */
export function clientOptions(
  documentSelector: DocumentSelector,
  outputChannel: vscode.LogOutputChannel,
  client: () => BaseLanguageClient,
): LanguageClientOptions {
  return {
    documentSelector,
    synchronize: { configurationSection: 'placeshaper' },
    // Rule links in diagnostics and hovers run Show Guidance, which renders the rule's guidance beside the editor.
    initializationOptions: { ruleLinks: 'command' },
    markdown: { isTrusted: { enabledCommands: [SHOW_GUIDANCE_COMMAND] } },
    outputChannel,
    // Not the pull collection's name (the server's diagnostic identifier): VS Code warns about two of one name.
    diagnosticCollectionName: PUSH_DIAGNOSTICS_COLLECTION,
    middleware: {
      // A code lens with places to list opens VS Code's references peek; with none, the server says so.
      executeCommand: (command, args, next) =>
        command === SHOW_REFERENCES_COMMAND && Array.isArray(args[2]) && args[2].length
          ? showReferences(client().protocol2CodeConverter, args)
          : next(command, args),
    },
  };
}
