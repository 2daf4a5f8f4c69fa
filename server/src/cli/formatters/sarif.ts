import type { Log, ReportingDescriptor, Result } from 'sarif';
import { explainRule, type GuidanceLibrary, type Rule } from '../../engine';
import type { CheckReport, ReportedDiagnostic } from '../report';
import { CONFIG_RULE_ID } from '../report';
import { TOOL_VERSION } from '../../../../common/product';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

function region(range: ReportedDiagnostic['range']) {
  return { startLine: range.start.line, startColumn: range.start.column, endLine: range.end.line, endColumn: range.end.column };
}

function location(file: string, range: ReportedDiagnostic['range'], message?: string) {
  return {
    physicalLocation: { artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' }, region: region(range) },
    ...(message ? { message: { text: message } } : {}),
  };
}

/** SARIF 2.1.0, as GitHub code scanning accepts it. */
export function formatSarif(report: CheckReport, rules: readonly Rule[], guidance: GuidanceLibrary): string {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => {
    return {
      id: rule.id,
      name: rule.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: rule.description },
      help: { text: explainRule(rule, guidance, { format: 'text' }), markdown: explainRule(rule, guidance) },
      defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    };
  });
  descriptors.push({
    id: CONFIG_RULE_ID,
    shortDescription: { text: 'A configuration file is not valid.' },
    defaultConfiguration: { level: 'error' },
  });
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results: Result[] = report.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: index.get(d.rule),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d.file, d.range)],
    ...(d.related.length
      ? { relatedLocations: d.related.map((r, i) => ({ id: i, ...location(r.file, r.range, r.message) })) }
      : {}),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Placeshaper', version: TOOL_VERSION, rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
