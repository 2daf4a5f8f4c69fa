/** A rule as docs/rules.md lists it, for choosing a rule when none is under the cursor. */
export interface RuleSummary {
  id: string;
  severity: string;
  /** requirement, fact, practice, or — for a format or consistency check. */
  basis: string;
  firesWhen: string;
}

// | [`laa/lead-partner`](#laalead-partner) | error | requirement | A target has no `lead`, … | [APSE's summary §7](#…) |
const TABLE_ROW = /^\|\s*\[`([a-z]+\/[a-z0-9-]+)`\]\([^)]*\)\s*\|\s*([a-z]+)\s*\|\s*([a-z]+|—)\s*\|\s*(.*?)\s*\|[^|]*\|\s*$/;

/** The rules in the table of docs/rules.md, in its order; [] when the text has no such table. */
export function parseRuleCatalogue(markdown: string): RuleSummary[] {
  const rules: RuleSummary[] = [];
  for (const line of markdown.split(/\r?\n/)) {
    const match = TABLE_ROW.exec(line);
    if (match) rules.push({ id: match[1], severity: match[2], basis: match[3], firesWhen: match[4].replace(/`/g, '') });
  }
  return rules;
}
