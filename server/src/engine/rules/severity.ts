/** How strongly a finding is shown, from an error down to a hint. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** A severity, or `off`: what configuration and settings may give a rule. */
export type RuleSetting = Severity | 'off';
