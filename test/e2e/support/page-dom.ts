// The few DOM shapes the e2e tests read inside the workbench page. The project compiles without
// the DOM library, so that no product code can use browser globals by accident.

export interface PageNode {
  textContent: string | null;
}

export interface PageElement extends PageNode {
  style: { top: string };
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
}

export interface PageDocument {
  createTreeWalker(root: PageElement, whatToShow: number): { nextNode(): PageNode | null };
  createRange(): {
    setStart(node: PageNode, offset: number): void;
    setEnd(node: PageNode, offset: number): void;
    getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  };
}
