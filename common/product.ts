import manifest from '../package.json';

export const TOOL_VERSION: string = manifest.version;

/** The repository's web address (package.json `repository`), without `.git`. */
const REPOSITORY_URL = manifest.repository.url.replace(/\.git$/, '');

/** The rule documentation in the repository, for links from editors that cannot open it themselves. */
export const RULE_DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
