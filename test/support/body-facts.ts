// What the incremental parser and the closed-draft scan must agree on with a full parse.
import type { Body } from '../../server/src/engine/parse/body/blocks';
import type { ScanTarget } from '../../server/src/engine/parse/body/scan';

export const TARGETS: ScanTarget[] = ['headings', 'links', 'controls'];

/** The facts the engine uses (headings, links to `.md` files, control comments) at absolute offsets. */
export function facts(body: Body, target: ScanTarget) {
  return body.blocks.flatMap((b) =>
    target === 'headings'
      ? b.facts.headings.map((h) => [h.depth, h.text, b.start + h.start, b.start + h.end])
      : target === 'links'
        ? b.facts.links.filter((l) => /\.md\b/i.test(l.url)).map((l) => [l.url, b.start + l.start, b.start + l.end])
        : b.facts.html.filter((h) => h.value.includes('placeshaper-')).map((h) => [h.value, b.start + h.start, b.start + h.end]),
  );
}
