import { escapeRegExp } from '../text/patterns';

/**
 * What a passage must mention to speak to a frontmatter key: a hover on `targets.lead` quotes a
 * passage about lead partners, never one that merely sits near the subject. Keys not listed here
 * fall back to the words of their last segment (`homelessness-strategy` → "homelessness strategy").
 */
const KEY_SUBJECTS: Readonly<Record<string, RegExp>> = {
  approval: /full council|executive|approv|sign[- ]?off|agreed at/i,
  'approval.body': /full council|executive|approv|sign[- ]?off|agreed at/i,
  authority: /authorit|council/i,
  'authority.two-tier': /two[- ]tier|district and county|county and district|districts?\b/i,
  'authority.type': /count(?:y|ies)|district|borough|unitary|city of london|isles of scilly/i,
  'community-involvement': /community involvement/i,
  consultation: /consult/i,
  'consultation.feedback': /feedback/i,
  'consultation.groups':
    /parish|elected members|young people|hard[- ]to[- ]reach|third sector|business|residents|representatives of local persons|groups/i,
  evidence: /evidence|needs assessment|baseline|data/i,
  'homelessness-strategy': /homelessness/i,
  kind: /sustainable community strateg|\bSCS|local area agreement|\bLAA|core strategy|\bLDF|housing strateg/i,
  objectives: /core strategy/i,
  'objectives.delivers': /deliver/i,
  partners: /partner/i,
  partnership: /\bLSPs?\b|local strategic partnership|partnership/i,
  period: /timescale|period|three[- ]year|long[- ]term|shorter[- ]term/i,
  priorities: /priorit/i,
  'priorities.principles': /sustainab|principle/i,
  'priorities.spatial': /spatial/i,
  related: /take account of each other|links to|align/i,
  'related.core-strategy': /core strategy|\bLDF/i,
  'related.county-scs': /county/i,
  'related.housing-strategy': /housing/i,
  'related.jsna': /\bJSNA|joint strategic needs assessment/i,
  'related.laa': /\bLAAs?\b|local area agreement/i,
  'related.scs': /\bSCS|sustainable community strateg/i,
  status: /adopt|agreed at|approv|sign[- ]?off|full council|publish/i,
  supports: /housing/i,
  'sustainability-appraisal': /sustainability appraisal/i,
  targets: /target/i,
  'targets.baseline': /baseline/i,
  'targets.designated': /designat/i,
  'targets.indicator': /indicator/i,
  'targets.lead': /\blead/i,
  'targets.partners': /partner/i,
  'targets.priority': /priorit/i,
  vision: /vision/i,
};

/** The pattern a passage's text must match to be shown for `key` (a dotted path without list indexes). */
export function keySubject(key: string): RegExp {
  const known = KEY_SUBJECTS[key];
  if (known) return known;
  const words = key
    .split('.')
    .pop()!
    .split('-')
    .filter(Boolean)
    .map((w) => escapeRegExp(w.replace(/s$/, '')));
  return new RegExp(words.join('[-\\s]+'), 'i');
}
