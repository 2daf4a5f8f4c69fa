import type { Disposable } from 'vscode';

/** A function that runs `action` once `delayMs` after the last of a burst of calls. */
export interface Debounced extends Disposable {
  (): void;
}

export function debounce(action: () => void, delayMs: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (() => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      action();
    }, delayMs);
  }) as Debounced;
  debounced.dispose = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return debounced;
}
