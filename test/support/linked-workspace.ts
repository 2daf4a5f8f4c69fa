// An engine over the linked drafts, for the feature tests, with a way to name offsets by the text there.
import { workspace } from './harness';
import { LINKED_DRAFTS } from './linked-drafts';

/** A linked workspace and a way to name offsets by the text found there. */
export function linkedWorkspace(files: Record<string, string> = LINKED_DRAFTS) {
  const harness = workspace(files);
  return {
    ...harness,
    path: (file: string) => `/ws/${file}`,
    /** The offset of `needle` in `file` (of its `nth` occurrence), plus `shift` characters. */
    offset(file: string, needle: string, shift = 0, nth = 0): number {
      let at = -1;
      for (let i = 0; i <= nth; i++) {
        at = files[file].indexOf(needle, at + 1);
        if (at === -1) throw new Error(`${needle} not found in ${file}`);
      }
      return at + shift;
    },
    text: (file: string, span: { start: number; end: number }) => files[file].slice(span.start, span.end),
  };
}
