import type { CheckReport } from '../report';
import { TOOL_VERSION } from '../../../../common/product';

/** The report as JSON; schemas/cli-report.schema.json describes it. */
export function formatJson(report: CheckReport): string {
  return JSON.stringify({ tool: { name: 'placeshaper', version: TOOL_VERSION }, ...report }, null, 2) + '\n';
}
