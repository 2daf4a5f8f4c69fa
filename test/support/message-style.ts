// How a message reads in the Problems panel, on a terminal and in a pull request: plain text,
// names in quotation marks, and the remedy where it is still in view (ARCHITECTURE.md, "Messages").

/** How far into a message its remedy may start: the Problems panel shows about 120 characters. */
export const REMEDY_WITHIN = 100;

/** The verbs a remedy opens with, after the start or a clause break. */
const REMEDY =
  /(?:^|[:;.,—] |\bso |\bthen |\bor )(?:good practice: )?(?:did you mean|add|write|set|use|link|give|name|choose|replace|remove|make|consult|involve|record|review|swap|check|shorten|list|align|carry|correct|mark|rename|delete|keep|fill|describe|put|move|state|include|change|declare|quote|update|bring|split|leave|drop|close|date|merge|tell|agree|number|let|start|save|open|ask|run|turn|mention|say|define|cite|find|copy|fix)\b/i;

/** Where the message's remedy starts, or -1 when it names none. */
export function remedyStart(message: string): number {
  const match = REMEDY.exec(message);
  return match ? match.index + match[0].length - match[0].trimStart().length : -1;
}

/** Why a message does not read as plain text with its remedy in view, or undefined when it does. */
export function messageStyleProblem(message: string): string | undefined {
  if (message.includes('`')) return `it is written in Markdown (backticks): name things in ‘quotation marks’ instead: ${message}`;
  const at = remedyStart(message);
  if (at < 0) return `it names no remedy (add, write, use …): ${message}`;
  if (at > REMEDY_WITHIN) return `its remedy starts at character ${at}, past ${REMEDY_WITHIN}: ${message}`;
  return undefined;
}
