import escapeHtml from 'escape-html';

/**
 * The head of a self-contained page: its content policy (nothing is fetched, no script runs unless
 * the policy says so), its title, who made it, and its styles inline.
 */
export function pageHead(page: { title: string; tool: string; policy: string; style: string }): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${escapeHtml(page.tool)}">
<title>${escapeHtml(page.title)}</title>
<style>${page.style}</style>
</head>`;
}
