// Seeded generator of realistic strategy drafts for the benchmarks and the property tests.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { PRINCIPLES } from '../server/src/engine/schema/frontmatter-schema';

export class Random {
  private readonly generator: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }
}

const WORDS = (
  'partnership residents neighbourhood services housing affordable transport health wellbeing children young people older ' +
  'community safety crime reduction employment skills economy town centre rural villages carbon environment green spaces ' +
  'delivery targets outcomes evidence needs assessment consultation engagement voluntary sector partners council district ' +
  'county prosperity regeneration homes homelessness prevention education attainment libraries leisure culture heritage ' +
  'investment infrastructure flooding resilience volunteering cohesion inclusion deprivation accessibility journeys cycling'
).split(' ');
const TERMS = [
  'Local Strategic Partnership',
  'Joint Strategic Needs Assessment',
  'duty to involve',
  'Local Area Agreement',
  'best value',
  'commissioning',
  'representatives of local persons',
];
const GROUPS =
  '[residents, children-and-young-people, hard-to-reach, elected-members, parish-councils, businesses, third-sector]';

/** A consultation window with its feedback date, consulting every group the rules ask for. */
function consultation(from: string, to: string, feedback: string): string[] {
  return ['consultation:', `  from: ${from}`, `  to: ${to}`, `  feedback: ${feedback}`, `  groups: ${GROUPS}`];
}
const INDICATORS = [1, 4, 6, 7, 15, 16, 19, 30, 32, 39, 47, 49, 112, 117, 120, 136, 153, 154, 186, 192];

function sentence(random: Random): string {
  const words = Array.from({ length: random.int(8, 22) }, () => random.pick(WORDS));
  if (random.int(0, 5) === 0) words.splice(random.int(0, words.length - 1), 0, random.pick(TERMS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: Random): string {
  return Array.from({ length: random.int(3, 7) }, () => sentence(random)).join(' ');
}

/** Body blocks until the body reaches `bytes`: paragraphs, lists, tables and links to other drafts. */
function body(random: Random, title: string, sections: string[], bytes: number, links: string[]): string {
  const out: string[] = [`# ${title}`, '', paragraph(random), ''];
  let size = out.join('\n').length;
  let section = 0;
  while (size < bytes) {
    const heading = sections.length ? sections[section % sections.length] : `Theme ${section + 1}`;
    const blocks = [`## ${heading}`, ''];
    for (let i = random.int(3, 8); i > 0; i--) {
      const choice = random.int(0, 9);
      if (choice < 6) blocks.push(paragraph(random), '');
      else if (choice < 8) blocks.push(...Array.from({ length: random.int(2, 6) }, () => `- ${sentence(random)}`), '');
      else if (choice < 9)
        blocks.push(
          '| Measure | Baseline | Target |',
          '| --- | --- | --- |',
          ...Array.from(
            { length: random.int(2, 5) },
            () => `| ${random.pick(WORDS)} ${random.pick(WORDS)} | ${random.int(1, 99)}% | ${random.int(1, 99)}% |`,
          ),
          '',
        );
      else if (links.length)
        blocks.push(`See [${random.pick(WORDS)}](${random.pick(links)}) for how partners deliver this. ${sentence(random)}`, '');
    }
    const text = blocks.join('\n');
    out.push(text);
    size += text.length + 1;
    section++;
  }
  return out.join('\n') + '\n';
}

export interface ScsOptions {
  name: string;
  type: 'county' | 'district';
  priorities: number;
  bytes: number;
  links?: string[];
  related?: Record<string, string>;
}

export function scs(random: Random, options: ScsOptions): string {
  const ids = Array.from({ length: options.priorities }, (_, i) => `P${i + 1}`);
  const titles = ids.map(() => `${random.pick(WORDS)} ${random.pick(WORDS)}`);
  const priorities = ids
    .map(
      (id, i) =>
        `  - id: ${id}\n    title: ${titles[i]}\n    principles: [${PRINCIPLES[i % 5]}${i < 5 ? '' : `, ${PRINCIPLES[(i + 2) % 5]}`}]${i % 3 === 0 ? '\n    spatial: true' : ''}`,
    )
    .join('\n');
  const related = options.related
    ? `related:\n${Object.entries(options.related)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`
    : '';
  const frontmatter = [
    '---',
    'kind: sustainable-community-strategy',
    `title: ${options.name} Sustainable Community Strategy`,
    `authority: {name: ${options.name} Council, type: ${options.type}, two-tier: true}`,
    `partnership: ${options.name} Partnership`,
    'period: {from: 2008, to: 2020}',
    'status: submitted',
    'version: 2',
    `vision: ${options.name} will be a prosperous, safe and healthy place for everyone.`,
    'priorities:',
    priorities,
    'evidence:',
    '  - {id: jsna-2008, title: Joint Strategic Needs Assessment, year: 2008, type: jsna}',
    '  - {id: shma-2007, title: Strategic Housing Market Assessment, year: 2007, type: housing-market-assessment}',
    ...consultation('2008-01-07', '2008-03-28', '2008-05-01'),
    related.trimEnd(),
    '---',
  ]
    .filter(Boolean)
    .join('\n');
  return `${frontmatter}\n${body(
    random,
    `${options.name} Sustainable Community Strategy`,
    ids.map((id, i) => `${id} ${titles[i]}`),
    options.bytes,
    options.links ?? [],
  )}`;
}

export function laa(random: Random, name: string, scsPath: string, priorities: number, bytes: number, links: string[]): string {
  const partners = ['County Council', 'Constabulary', 'Primary Care Trust', 'Fire and Rescue Service', 'Jobcentre Plus'].map(
    (p) => `${name} ${p}`,
  );
  const targets = Array.from({ length: random.int(10, 30) }, (_, i) => {
    const lead = random.pick(partners);
    return [
      `  - id: T${i + 1}`,
      `    indicator: NI ${random.pick(INDICATORS)}`,
      `    designated: ${i < 20}`,
      `    baseline: {value: ${random.int(1, 90)}, year: 2007}`,
      `    target: {value: ${random.int(1, 90)}, year: 2011}`,
      `    lead: ${lead}`,
      `    partners: [${[...new Set([lead, random.pick(partners)])].join(', ')}]`,
      `    priority: P${(i % priorities) + 1}`,
    ].join('\n');
  });
  const frontmatter = [
    '---',
    'kind: local-area-agreement',
    `title: ${name} Local Area Agreement 2008-11`,
    `authority: {name: ${name} County Council, type: county, two-tier: true}`,
    `partnership: ${name} Partnership`,
    'period: {from: 2008, to: 2011}',
    'status: submitted',
    `vision: ${name} will be a prosperous, safe and healthy place for everyone.`,
    `related: {scs: ${scsPath}}`,
    `partners: [${partners.join(', ')}]`,
    'targets:',
    ...targets,
    ...consultation('2008-02-04', '2008-03-14', '2008-04-30'),
    '---',
  ].join('\n');
  return `${frontmatter}\n${body(random, `${name} Local Area Agreement`, [], bytes, links)}`;
}

/** A draft that delivers an SCS: its name, the SCS it links and that SCS's vision, how many items it has, its size and its body links. */
type DeliveringDraft = (
  random: Random,
  name: string,
  scsPath: string,
  scsVision: string,
  items: number,
  bytes: number,
  links: string[],
) => string;

export const coreStrategy: DeliveringDraft = (random, name, scsPath, scsVision, priorities, bytes, links) => {
  const objectives = Array.from(
    { length: priorities },
    (_, i) => `  - {id: SO${i + 1}, title: ${random.pick(WORDS)} ${random.pick(WORDS)}, delivers: [P${i + 1}]}`,
  );
  const frontmatter = [
    '---',
    'kind: core-strategy',
    `title: ${name} Core Strategy`,
    `authority: {name: ${name} Council, type: district}`,
    'period: {from: 2006, to: 2026}',
    'status: submitted',
    `vision: ${scsVision}`,
    `related: {scs: {path: ${scsPath}, version: 2}}`,
    'objectives:',
    ...objectives,
    'evidence:',
    '  - {id: shma-2007, title: Strategic Housing Market Assessment, year: 2007}',
    'sustainability-appraisal: {published: 2008-02-01}',
    'community-involvement: {adopted: 2007-06-01}',
    ...consultation('2008-02-01', '2008-04-30', '2008-06-01'),
    '---',
  ].join('\n');
  const ids = objectives.map((_, i) => `SO${i + 1}`);
  return `${frontmatter}\n${body(random, `${name} Core Strategy`, ids, bytes, links)}`;
};

export const housingStrategy: DeliveringDraft = (random, name, scsPath, scsVision, priorities, bytes, links) => {
  const items = Array.from(
    { length: Math.min(priorities, 6) },
    (_, i) => `  - {id: H${i + 1}, title: ${random.pick(WORDS)} homes, supports: [P${i + 1}]}`,
  );
  const frontmatter = [
    '---',
    'kind: housing-strategy',
    `title: ${name} Housing Strategy`,
    `authority: {name: ${name} Council, type: district}`,
    'period: {from: 2009, to: 2014}',
    'status: submitted',
    `vision: ${scsVision}`,
    `related: {scs: ${scsPath}}`,
    'priorities:',
    ...items,
    ...consultation('2008-09-01', '2008-11-30', '2009-01-15'),
    '---',
  ].join('\n');
  const ids = items.map((_, i) => `H${i + 1}`);
  return `${frontmatter}\n${body(random, `${name} Housing Strategy`, ids, bytes, links)}`;
};

/**
 * A workspace of `areas` × 10 drafts (a county SCS, four district SCSs, an LAA, two Core
 * Strategies, two housing strategies per area) of about `averageBytes` each. The first
 * area's county SCS is a hub on which `hubDependents` drafts elsewhere also depend.
 */
export function workspaceFiles(seed: number, areas = 100, averageBytes = 50_000, hubDependents = 200): Map<string, string> {
  const random = new Random(seed);
  const files = new Map<string, string>();
  const hub = 'area-000/scs/county.md';
  let hubbed = 0;
  for (let a = 0; a < areas; a++) {
    const area = `area-${String(a).padStart(3, '0')}`;
    const name = `Area${a}`;
    const vision = `${name} will be a prosperous, safe and healthy place for everyone.`;
    const scsPath = (useHub: boolean) => (useHub ? `../../${hub}` : '../scs/county.md');
    const links = ['../scs/county.md#P1', '../laa/laa.md#T1', '../scs/district-1.md'];
    const districtLinks = ['./county.md#P2', '../ldf/core-1.md', '../housing/housing-1.md'];
    files.set(
      `${area}/scs/county.md`,
      scs(random, { name, type: 'county', priorities: 8, bytes: averageBytes * 2, links: ['../laa/laa.md'] }),
    );
    for (let d = 1; d <= 4; d++)
      files.set(
        `${area}/scs/district-${d}.md`,
        scs(random, {
          name: `${name} District ${d}`,
          type: 'district',
          priorities: 7,
          bytes: averageBytes * 1.3,
          links: districtLinks,
          related: { 'county-scs': './county.md' },
        }),
      );
    files.set(`${area}/laa/laa.md`, laa(random, name, '../scs/county.md', 8, averageBytes * 0.8, links));
    // Two Core Strategies and two housing strategies an area; some lean on the hub's SCS instead of their county's.
    for (const [folder, make, share] of [
      ['ldf/core', coreStrategy, 0.6],
      ['housing/housing', housingStrategy, 0.4],
    ] as const) {
      for (let n = 1; n <= 2; n++) {
        const useHub = a > 0 && hubbed < hubDependents && (hubbed++, true);
        const scs = useHub ? scsPath(true) : '../scs/county.md';
        const scsVision = useHub ? 'Area0 will be a prosperous, safe and healthy place for everyone.' : vision;
        files.set(`${area}/${folder}-${n}.md`, make(random, `${name} ${n}`, scs, scsVision, 8, averageBytes * share, links));
      }
    }
  }
  return files;
}

/** A register of facts and figures: `count` facts, one in five named by aliases and with an earlier value. */
export function factRegister(random: Random, count: number): { text: string; facts: { id: string; value: number }[] } {
  const facts = Array.from({ length: count }, (_, i) => ({ id: `area.measure-${i + 1}`, value: random.int(100, 99_999) }));
  const text = facts
    .map(({ id, value }, i) => {
      const lines = [
        `${id}:`,
        `  value: ${value}`,
        '  unit: homes',
        '  as-of: 2008',
        '  source: shma-2007',
        '  owner: Policy Team',
      ];
      if (i % 5 === 0)
        lines.push(`  aliases: [${random.pick(WORDS)} ${random.pick(WORDS)}]`, `  earlier: [${value - random.int(1, 99)}]`);
      return lines.join('\n');
    })
    .join('\n');
  return { text: `${text}\n`, facts };
}

/** The draft with a reference to a fact of the register after every fourth paragraph of its body, each stating the register's value. */
export function withFactReferences(random: Random, text: string, facts: readonly { id: string; value: number }[]): string {
  const bodyStart = text.indexOf('\n---', 3) + 4;
  let paragraphs = 0;
  const body = text
    .slice(bodyStart)
    .split('\n')
    .map((line) => {
      if (!/^[A-Z][^|]*\.$/.test(line) || paragraphs++ % 4 !== 0) return line;
      const fact = random.pick(facts);
      return `${line} The plan counts :fact[${fact.value.toLocaleString('en-GB')} homes]{#${fact.id}}.`;
    })
    .join('\n');
  return text.slice(0, bodyStart) + body;
}
