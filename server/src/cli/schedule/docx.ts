import {
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { typeText, type ScheduleMeta, type ScheduleRow, type WordChange } from '../../engine/node';

const HEADERS = ['Ref', 'Document', 'Where', 'Change', 'Type', 'Class', 'Reason', 'Source'];
/** Column widths in fiftieths of a per cent of the table's width (they add up to 5000). */
const WIDTHS = [300, 700, 700, 1500, 500, 300, 600, 400];

const cell = (children: Paragraph[], column: number, header = false) =>
  new TableCell({
    children,
    width: { size: WIDTHS[column], type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7EAEE' } : undefined,
  });

const plain = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

/** A change in runs: deletions struck through, insertions bold and underlined, each line a paragraph. */
function changeParagraphs(words: readonly WordChange[]): Paragraph[] {
  const paragraphs: TextRun[][] = [[]];
  for (const word of words) {
    word.text.split('\n').forEach((part, index) => {
      if (index > 0) paragraphs.push([]);
      if (part)
        paragraphs.at(-1)!.push(
          new TextRun({
            text: part,
            strike: word.op === 'deleted' ? true : undefined,
            bold: word.op === 'inserted' ? true : undefined,
            underline: word.op === 'inserted' ? {} : undefined,
          }),
        );
    });
  }
  return paragraphs.map((children) => new Paragraph({ children }));
}

/**
 * The schedule as a Word document, the form in which it goes to committees: landscape A4, one
 * table whose header row repeats on every page, deletions struck through and insertions in bold.
 */
export async function scheduleDocx(rows: readonly ScheduleRow[], meta: ScheduleMeta): Promise<Buffer> {
  const main = rows.filter((r) => r.class === 'main').length;
  const header = new TableRow({
    tableHeader: true,
    children: HEADERS.map((title, column) => cell([plain(title, true)], column, true)),
  });
  const body = rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([plain(r.ref, true)], 0),
          cell([plain(r.document), plain(r.file)], 1),
          cell([plain(r.where), plain(`line ${r.line}`)], 2),
          cell(changeParagraphs(r.words), 3),
          cell([plain(typeText(r))], 4),
          cell([plain(r.class === 'main' ? 'Main' : 'Additional', r.class === 'main')], 5),
          cell([plain(r.reason ?? '')], 6),
          cell([plain(r.source ?? '')], 7),
        ],
      }),
  );
  const at = (name: string, commit?: string) => (commit ? `${name} (${commit.slice(0, 7)})` : name);
  const document = new Document({
    creator: meta.tool,
    title: `Schedule of changes: ${meta.folder}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Schedule of changes: ${meta.folder}`)] }),
          plain(
            `Changes from ${at(meta.from, meta.fromCommit)} to ${at(meta.to, meta.toCommit)}, made on ${meta.date}. ` +
              `${rows.length} ${rows.length === 1 ? 'change' : 'changes'}: ${main} main, ${rows.length - main} additional. ` +
              'Deletions are struck through, insertions in bold.',
          ),
          new Table({ rows: [header, ...body], width: { size: 5000, type: WidthType.PERCENTAGE } }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
