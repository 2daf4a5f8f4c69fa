import { deepStrictEqual, ok } from 'node:assert/strict';
import * as path from 'node:path';
import { Engine } from '../server/src/engine/engine';
import { NodeFileSystem } from '../server/src/engine/node';
import { GuidanceLibrary } from '../server/src/engine/guidance/guidance';
import { RULES } from '../server/src/engine/rules/registry';
import type { Basis } from '../server/src/engine/rules/rule';

/**
 * The rule catalogue's "basis" and "rests on (most authoritative first)" columns, transcribed:
 * each rule's basis and the first passage it names (C: the consultation summary, B: the APSE
 * briefing, with their section numbers). Rules with no basis rest on no passage.
 */
const CATALOGUE: Record<string, { basis?: Basis; first?: string }> = {
  'format/yaml-syntax': {},
  'format/unknown-kind': {},
  'format/schema': {},
  'format/unknown-key': {},
  'format/duplicate-id': {},
  'format/too-large': {},
  'scs/preparing-authority': { basis: 'requirement', first: 'B §5' },
  'scs/vision': { basis: 'requirement', first: 'B §5' },
  'scs/sustainable-development': { basis: 'requirement', first: 'B §5' },
  'scs/full-council': { basis: 'requirement', first: 'B §5' },
  'scs/jsna': { basis: 'requirement', first: 'B §6' },
  'scs/county-wide': { basis: 'requirement', first: 'B §5' },
  'scs/priority-section': {},
  'laa/relates-to-scs': { basis: 'requirement', first: 'B §7' },
  'laa/unknown-priority': { basis: 'requirement', first: 'B §7' },
  'laa/designated-limit': { basis: 'fact', first: 'C §1.5.1' },
  'laa/indicator': { basis: 'fact', first: 'C §1.5.1' },
  'laa/lead-partner': { basis: 'requirement', first: 'B §7' },
  'laa/named-partners': { basis: 'requirement', first: 'B §7' },
  'laa/baseline': { basis: 'practice', first: 'C §1.5.1' },
  'laa/period': { basis: 'fact', first: 'B §7' },
  'laa/duty-to-consult': { basis: 'requirement', first: 'B §7' },
  'align/broken-link': {},
  'align/unknown-priority': { basis: 'requirement', first: 'B §5' },
  'align/shared-vision': { basis: 'practice', first: 'C §1.2.1' },
  'align/spatial-delivery': { basis: 'practice', first: 'C §1.2.1' },
  'align/undelivered-priority': { basis: 'requirement', first: 'B §7' },
  'align/shared-evidence': { basis: 'practice', first: 'C §1.2.1' },
  'align/timescales': { basis: 'practice', first: 'C §1.2.1' },
  'align/joint-consultation': { basis: 'requirement', first: 'C §1.1.1' },
  'align/stale': {},
  'align/housing-link': { basis: 'requirement', first: 'B §5' },
  'involve/representatives': { basis: 'requirement', first: 'C §1.1.1' },
  'involve/feedback': { basis: 'requirement', first: 'C §1.1.1' },
  'involve/elected-members': { basis: 'requirement', first: 'C §1.1.1' },
  'core/sustainability-appraisal': { basis: 'fact', first: 'C §1.2.1' },
  'core/community-involvement': { basis: 'fact', first: 'C §1.2.1' },
  'evidence/up-to-date': { basis: 'requirement', first: 'C §1.2.3' },
  'facts/mismatch': {},
  'facts/unknown': {},
  'facts/conflict': {},
  'facts/unsourced': { basis: 'practice', first: 'C §1.2.1' },
  'facts/stale-figure': {},
  'facts/register-invalid': {},
};

const SEVERITY_RANK = { hint: 0, info: 1, warning: 2, error: 3 } as const;

describe('the basis of every rule', () => {
  const guidance = new GuidanceLibrary();

  it('is the catalogue’s, with the first passage the catalogue names', () => {
    const actual = Object.fromEntries(
      RULES.map((rule) => {
        const first = rule.passages.length ? guidance.passage(rule.passages[0]) : undefined;
        return [
          rule.id,
          { ...(rule.basis ? { basis: rule.basis } : {}), ...(first ? { first: `${first.source} §${first.section}` } : {}) },
        ];
      }),
    );
    deepStrictEqual(actual, CATALOGUE);
  });

  it('rests a requirement first on a Government response or APSE’s summary of the guidance', () => {
    for (const rule of RULES.filter((r) => r.basis === 'requirement')) {
      const first = guidance.passage(rule.passages[0])!;
      ok(
        first.standing === 'government-response' || first.standing === 'guidance-summary',
        `${rule.id} rests first on ${first.id} (${first.standing})`,
      );
    }
  });

  it('cites a fact rule’s fact before any passage, and a requirement or practice rests on no fact', () => {
    for (const rule of RULES) ok((rule.basis === 'fact') === (rule.facts !== undefined && rule.facts.length > 0), rule.id);
  });

  it('keeps good practice at warning or below, and rests it on what respondents reported', () => {
    for (const rule of RULES.filter((r) => r.basis === 'practice')) {
      ok(SEVERITY_RANK[rule.defaultSeverity] <= SEVERITY_RANK.warning, `${rule.id} is ${rule.defaultSeverity}`);
      ok(guidance.passage(rule.passages[0])!.standing === 'respondents', rule.id);
    }
  });

  it('says "good practice" in every message of a practice rule (the faults workspace fires each)', () => {
    const root = path.resolve('examples/faults');
    const engine = new Engine({ host: new NodeFileSystem(), root, today: new Date('2026-11-21T12:00:00Z') });
    const practice = new Set(RULES.filter((r) => r.basis === 'practice').map((r) => r.id));
    const drafts = engine.workspace.drafts();
    // The register's own findings (`facts/unsourced`) are in the register, not in a draft.
    const registers = new Set(drafts.flatMap((d) => engine.registerPathFor(d.path) ?? []));
    const findings = [
      ...drafts.flatMap((d) => engine.check(d.path)),
      ...[...registers].flatMap((r) => engine.registerFindings(r)),
    ].filter((f) => practice.has(f.rule));
    deepStrictEqual(new Set(findings.map((f) => f.rule)), practice);
    for (const finding of findings) ok(/good practice/i.test(finding.message), `${finding.rule}: ${finding.message}`);
  });
});
