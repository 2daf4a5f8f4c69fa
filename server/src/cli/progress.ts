/** What a long command reports as it goes; the CLI shows it only on a terminal. */
export interface Progress {
  /** Shows `message`; counts that come quickly may be skipped, but a `step` (a new phase) is always shown. */
  update(message: string, step?: boolean): void;
  /** Clears the progress line, before the command prints its result. */
  done(): void;
}

/** How often the progress line may be redrawn: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_EVERY_MS = 100;

/** A one-line progress report on a terminal, redrawn in place at most every 100 ms and cleared when done. */
export class TerminalProgress implements Progress {
  private lastDrawn = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  update(message: string, step = false): void {
    const time = this.now();
    if (!step && time - this.lastDrawn < REDRAW_EVERY_MS) return;
    this.lastDrawn = time;
    this.write(`\r\x1b[K${message}`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
    this.lastDrawn = Number.NEGATIVE_INFINITY;
  }
}
