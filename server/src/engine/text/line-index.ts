import { LineCounter } from 'yaml';

/** Zero-based line and UTF-16 character, as editors count them. */
export interface Position {
  line: number;
  character: number;
}

/** Half-open range of UTF-16 offsets into a draft's text. */
export interface Span {
  start: number;
  end: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/**
 * Converts offsets to line/character positions; built once per text version. Lines end at
 * `\n`, `\r\n` or a lone `\r`, as the Language Server Protocol and editors count them.
 */
export class LineIndex {
  private readonly counter = new LineCounter();

  constructor(readonly text: string) {
    this.counter.addNewLine(0);
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.counter.addNewLine(i + 1);
      return;
    }
    for (const match of text.matchAll(/\r\n?|\n/g)) this.counter.addNewLine(match.index + match[0].length);
  }

  get lineCount(): number {
    return this.counter.lineStarts.length;
  }

  positionAt(offset: number): Position {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // Between the `\r` and `\n` of a line ending is still the end of the line.
    if (this.text.charCodeAt(clamped - 1) === 0x0d && this.text.charCodeAt(clamped) === 0x0a) clamped--;
    const { line, col } = this.counter.linePos(clamped);
    return { line: line - 1, character: col - 1 };
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  offsetAt(position: Position): number {
    const starts = this.counter.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const lineStart = starts[position.line];
    const nextStart = position.line + 1 < starts.length ? starts[position.line + 1] : this.text.length;
    let lineEnd = nextStart;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\n') lineEnd--;
    if (lineEnd > lineStart && this.text[lineEnd - 1] === '\r') lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  /** The span of the whole line holding `offset`, without its line ending. */
  lineSpanAt(offset: number): Span {
    const { line } = this.positionAt(offset);
    const start = this.counter.lineStarts[line];
    const end = this.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
    return { start, end };
  }
}

/** The span of a text's first line, without its line break: where a problem with no better place is reported. */
export function firstLine(text: string): Span {
  const end = text.search(/\r?\n|$/);
  return { start: 0, end: Math.min(text.length, end) };
}
