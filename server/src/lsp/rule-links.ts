import { ruleAnchor } from '../engine';
import { RULE_DOCS_URL } from '../../../common/product';
import { SHOW_GUIDANCE_COMMAND } from '../../../common/protocol';

/**
 * Where a rule's explanation opens from a diagnostic's code link or a hover. The VS Code client
 * asks for command links (`initializationOptions.ruleLinks: "command"`), which open the rule's
 * guidance rendered beside the editor; every other client gets the rule's section of
 * docs/rules.md in the repository.
 */
export class RuleLinks {
  private commands = false;

  /** Reads the client's choice from `initializationOptions`. */
  configure(initializationOptions: unknown): void {
    const options = (initializationOptions ?? {}) as { ruleLinks?: unknown };
    this.commands = options.ruleLinks === 'command';
  }

  href(ruleId: string): string {
    if (this.commands) return `command:${SHOW_GUIDANCE_COMMAND}?${encodeURIComponent(JSON.stringify([ruleId]))}`;
    return `${RULE_DOCS_URL}#${ruleAnchor(ruleId)}`;
  }
}
