import type { ReviewReport } from '../../engine/node';

/** The review as data: the report with the tool that made it, following schemas/review-report.schema.json. */
export function reviewJson(report: ReviewReport, version: string): string {
  return JSON.stringify({ tool: { name: 'placeshaper', version }, ...report }, null, 2) + '\n';
}
