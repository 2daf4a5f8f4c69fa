// An extra guidance corpus file read and checked against its schema (schemas/guidance-corpus.schema.json).
import Ajv from 'ajv';
import { FrontmatterView } from '../parse/frontmatter-view';
import { MAX_ALIAS_COUNT, parseYaml } from '../parse/parse-draft';
import { yamlProblems } from '../parse/yaml-problems';
import { describeSchemaErrors } from '../schema/validate-frontmatter';
import { corpusSchema } from './corpus-schema';
import type { GuidanceCorpus, Passage } from './guidance';

const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
type CorpusFile = Omit<GuidanceCorpus, 'passages'> & {
  passages: (Omit<Passage, 'topics' | 'keys' | 'terms'> & Partial<Passage>)[];
};
const validateCorpus = ajv.compile<CorpusFile>(corpusSchema);

/** The corpus a file holds, or why it cannot be loaded (a phrase that follows "was not loaded: "). */
export function parseCorpus(text: string): GuidanceCorpus | string {
  const document = parseYaml(text, { prettyErrors: false, logLevel: 'error' });
  if (document.errors.length)
    return `it is not valid YAML or JSON (${yamlProblems(document, text, 0)[0]?.explanation ?? 'YAML cannot read it'}).`;
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return 'it expands too many aliases.';
  }
  if (!validateCorpus(data)) {
    const [first] = describeSchemaErrors(
      validateCorpus.errors ?? [],
      new FrontmatterView(() => document, 0),
      { start: 0, end: 0 },
      'guidance corpus',
      'The file',
    );
    return `${first.message.charAt(0).toLowerCase()}${first.message.slice(1)} (see schemas/guidance-corpus.schema.json)`;
  }
  const unknownSource = data.passages.find((p) => !(p.source in data.sources));
  if (unknownSource)
    return `passage ‘${unknownSource.id}’ names the source ‘${unknownSource.source}’, which ‘sources’ does not list.`;
  return {
    sources: data.sources,
    passages: data.passages.map((p) => ({ ...p, topics: p.topics ?? [], keys: p.keys ?? [], terms: p.terms ?? [] })),
  };
}
