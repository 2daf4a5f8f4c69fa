import * as path from 'node:path';
import type { Engine } from '../engine';
import { writeValue } from '../facts/fact-values';
import { alignmentMatrix, type FactState, type Gap, type MatrixPlace } from '../features/matrix';

/** Where an entry stands: a path relative to the folder the matrix was made for, and a 1-based line. */
export interface Place {
  file: string;
  line: number;
}

export interface ReportEntry extends Place {
  id: string;
  title?: string;
  draft: string;
}

export interface MatrixReport {
  sections: {
    scs: { file: string; title: string };
    rows: {
      priority: ReportEntry & { spatial: boolean };
      objectives: ReportEntry[];
      housing: ReportEntry[];
      targets: (ReportEntry & { indicator?: string; indicatorLabel?: string; lead?: string })[];
      evidence: { id: string; title?: string; year?: number; citedBy: string[]; sharedWithScs: boolean }[];
      gaps: Gap[];
    }[];
  }[];
  unknown: (Place & { draft: string; from: string; via: string; names: string; scs?: string })[];
  /** Every draft that refers to the register of facts, with the facts it relies on. */
  facts: {
    file: string;
    draft: string;
    facts: {
      id: string;
      /** The register's value as a draft would write it ("8,600 homes"); absent when the register has no such fact. */
      value?: string;
      /** Each place the draft refers to it: the words it writes there, and whether they state the register's value. */
      places: { line: number; in: 'body' | 'frontmatter'; stated?: string; state: FactState; difference?: string }[];
    }[];
  }[];
}

export const GAP_TEXT: Record<Gap, string> = {
  'delivered-by-nothing': 'delivered by nothing',
  'spatial-not-in-core-strategy': 'spatial, missing from the Core Strategy',
};

/** The alignment matrix of a workspace, with places made relative to `base`. */
export function matrixReport(engine: Engine, base: string): MatrixReport {
  const matrix = alignmentMatrix(engine);
  const place = (p: MatrixPlace): Place => ({
    file: path.relative(base, p.path).split(path.sep).join('/'),
    line: (engine.workspace.draft(p.path)?.parsed.lines.positionAt(p.span.start).line ?? 0) + 1,
  });
  const strip = <T extends MatrixPlace>({ path: _path, span: _span, ...rest }: T) => rest;
  return {
    sections: matrix.sections.map((section) => ({
      scs: { file: path.relative(base, section.scs.path).split(path.sep).join('/'), title: section.scs.title },
      rows: section.rows.map((row) => ({
        priority: { ...strip(row.priority), ...place(row.priority) },
        objectives: row.objectives.map((o) => ({ ...strip(o), ...place(o) })),
        housing: row.housing.map((h) => ({ ...strip(h), ...place(h) })),
        targets: row.targets.map((t) => ({ ...strip(t), ...place(t) })),
        evidence: row.evidence,
        gaps: row.gaps,
      })),
    })),
    unknown: matrix.unknown.map((u) => ({ ...strip(u), ...place(u) })),
    facts: matrix.facts.map((draft) => ({
      file: path.relative(base, draft.path).split(path.sep).join('/'),
      draft: draft.title,
      facts: draft.facts.map((relied) => ({
        id: relied.id,
        value: relied.fact ? writeValue(relied.fact.value, relied.fact.unit) : undefined,
        places: relied.places.map((p) => ({
          line: place(p).line,
          in: p.in,
          stated: p.label,
          state: p.state,
          difference: p.difference,
        })),
      })),
    })),
  };
}
