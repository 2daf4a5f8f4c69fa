import { md } from '../../../../../test/support/harness';

/** A Core Strategy with both supporting documents; the core rule tests take one away. */
export const CORE = md`
  ---
  kind: core-strategy
  title: Exampleshire Core Strategy
  authority:
    name: Exampleshire County Council
    type: county
  period:
    from: 2008
    to: 2026
  status: draft
  vision: A prosperous, safe and healthy Exampleshire.
  sustainability-appraisal: ./sustainability-appraisal.md
  community-involvement:
    adopted: 2007-05-01
  ---
  # Exampleshire Core Strategy
`;
