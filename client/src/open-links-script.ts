// The one script a matrix or review webview lets in by its nonce: it turns a click on a link that
// opens a draft at a line into a message to the extension. No `vscode` here, so that tests can read it.

/**
 * The page with one script that turns a click on a link whose href is `<prefix><file>:<line>` (the
 * file URI-encoded) into a message. A page with a content policy keeps it, the script's nonce added;
 * a page without one gets a strict one.
 */
export function withOpenLinks(html: string, prefix: string): string {
  // Web Crypto: there in Node 20 and in every browser, so the desktop and the web extension share this.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const script = `<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target.closest(${JSON.stringify(`a[href^="${prefix}"]`)});
  if (!link) return;
  event.preventDefault();
  const target = link.getAttribute('href').slice(${prefix.length});
  const at = target.lastIndexOf(':');
  vscode.postMessage({ file: decodeURIComponent(target.slice(0, at)), line: Number(target.slice(at + 1)) });
});
</script>`;
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
  const withPolicy = policy.test(html)
    ? html.replace(
        policy,
        (_, own: string) => `<meta http-equiv="Content-Security-Policy" content="${own}; script-src 'nonce-${nonce}'">`,
      )
    : html.replace(
        '<head>',
        `<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}';">`,
      );
  // The page's own end: a draft's text may hold the same characters earlier on (in an attribute).
  const end = withPolicy.lastIndexOf('</body>');
  return `${withPolicy.slice(0, end)}${script}\n${withPolicy.slice(end)}`;
}
