// The CommonMark specification's examples, as the `commonmark-spec` package exports them.
declare module 'commonmark-spec' {
  const spec: { text: string; tests: { markdown: string; html: string; section: string; number: number }[] };
  export = spec;
}
