import * as path from 'node:path';
import {
  MessageType,
  ShowMessageNotification,
  type Connection,
  type ExecuteCommandParams,
  type Location,
  type ShowMessageRequestParams,
} from 'vscode-languageserver';
import { SHOW_REFERENCES_COMMAND } from '../../../common/protocol';
import { priorityLenses } from '../engine';
import type { ClientRequests } from './client-safety';
import type { ClientSupport } from './client-support';
import type { Positions } from './convert';
import type { Engines } from './engines';

/** Places listed in a message: beyond this, the message says how many more there are. */
const LISTED_PLACES = 12;

/**
 * The code lens command (`placeshaper.showReferences`) answered by the server, so that every
 * editor can run it: the places that deliver the priority, worked out afresh from the document and
 * position (never trusted from the arguments), are returned, and shown as the editor allows:
 * opened (one place), offered in a pick list and opened (several, where the editor can open a
 * document for the server), or listed in a message. VS Code's client shows them in its peek instead.
 */
export function registerShowReferences(
  connection: Connection,
  engines: Engines,
  positions: Positions,
  support: ClientSupport,
  client: ClientRequests,
): void {
  // A notification, not `showInformationMessage` (a request): nothing to answer, no button to press.
  const say = (message: string) =>
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message });
  connection.onExecuteCommand(async ({ command, arguments: args }: ExecuteCommandParams): Promise<Location[] | null> => {
    if (command !== SHOW_REFERENCES_COMMAND) return null;
    const [uri, position] = args ?? [];
    if (typeof uri !== 'string' || !isPosition(position)) return [];
    const filePath = positions.remember(uri);
    const engine = engines.for(filePath);
    const lens = priorityLenses(engine, filePath).find((l) => {
      const range = positions.range(engine, filePath, l.span);
      return range.start.line === position.line;
    });
    if (!lens) {
      say('That priority has changed since its code lens was drawn: try the lens again.');
      return [];
    }
    const places = lens.locations.map((l) => ({
      label: l.label,
      where: where(engine.root, l.path, positions.range(engine, l.path, l.span).start.line),
      location: positions.location(engine, l.path, l.span),
    }));
    if (!places.length) {
      say(`Nothing delivers ‘${lens.priority}’ yet: no LAA target, Core Strategy objective or housing priority names it.`);
      return [];
    }
    if (support.showDocument) {
      const chosen = places.length === 1 ? places[0] : await pick(places);
      if (chosen)
        await client.send('window/showDocument', () =>
          connection.window.showDocument({ uri: chosen.location.uri, selection: chosen.location.range, takeFocus: true }),
        );
      return places.map((p) => p.location);
    }
    const listed = places.slice(0, LISTED_PLACES).map((p) => `${p.label} (${p.where})`);
    const more = places.length > LISTED_PLACES ? `, and ${places.length - LISTED_PLACES} more` : '';
    say(`‘${lens.priority}’ is delivered by ${listed.join(', ')}${more}.`);
    return places.map((p) => p.location);

    async function pick(choices: typeof places) {
      const offered = choices.slice(0, LISTED_PLACES);
      const request: ShowMessageRequestParams = {
        type: MessageType.Info,
        message: `‘${lens!.priority}’ is delivered by ${choices.length} places${choices.length > offered.length ? ` (the first ${offered.length} listed)` : ''}: which one should open?`,
        actions: offered.map((c) => ({ title: `${c.label} (${c.where})` })),
      };
      const answer = await client.send(
        'window/showMessageRequest',
        () => connection.sendRequest('window/showMessageRequest', request) as Promise<{ title: string } | null>,
      );
      return offered.find((c) => `${c.label} (${c.where})` === answer?.title);
    }
  });
}

/** "laa/exampleshire-laa.md, line 12": the file as the workspace names it, and a line counted from 1. */
function where(root: string | undefined, filePath: string, line: number): string {
  const name = root ? path.relative(root, filePath).split(path.sep).join('/') : path.basename(filePath);
  return `${name}, line ${line + 1}`;
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
}
