import { defineRule } from '../rule';

export default defineRule({
  id: 'facts/register-invalid',
  defaultSeverity: 'error',
  description: 'The register of facts is not valid YAML or does not follow its schema (reported in the register, at the place).',
  expectation: 'The register of facts it draws on reads as its schema says.',
  passages: [],
  check() {
    // The register is checked on its own (checkRegister).
  },
  checkRegister({ register, report }) {
    for (const problem of register.problems) report(problem);
  },
});
