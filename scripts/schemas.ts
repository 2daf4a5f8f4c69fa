// The JSON Schemas Placeshaper publishes in schemas/, generated from the engine's own definitions.
import { reportSchema } from '../server/src/cli/report-schema';
import { reviewSchema } from '../server/src/cli/review/review-schema';
import { scheduleSchema } from '../server/src/cli/schedule/schedule-schema';
import { configSchema } from '../server/src/engine/config/config-schema';
import { corpusSchema } from '../server/src/engine/guidance/corpus-schema';
import { factsSchema } from '../server/src/engine/facts/register-schema';
import { KINDS } from '../server/src/engine/model/kinds';
import { frontmatterSchema } from '../server/src/engine/schema/frontmatter-schema';

export function publishedSchemas(): Record<string, unknown> {
  return {
    ...Object.fromEntries(KINDS.map((k) => [`${k.kind}.schema.json`, frontmatterSchema(k.kind)])),
    'placeshaper-config.schema.json': configSchema,
    'cli-report.schema.json': reportSchema,
    'review-report.schema.json': reviewSchema,
    'schedule.schema.json': scheduleSchema,
    'guidance-corpus.schema.json': corpusSchema,
    'facts.schema.json': factsSchema,
  };
}
