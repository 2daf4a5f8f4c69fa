// The script the matrix and review webviews let in: its nonce in the page's policy, and its place at
// the page's own end, whatever a draft's text holds.
import { ok } from 'node:assert/strict';
import { withOpenLinks } from '../client/src/open-links-script';

describe('the webviews’ link script', () => {
  it('keeps the page’s own policy, adding its nonce, and goes at the page’s own end', () => {
    const page =
      `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>` +
      `<body><a title="</body>" href="#open:a.md:3">x</a></body></html>`;
    const html = withOpenLinks(page, '#open:');
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    ok(nonce, html);
    ok(html.includes(`content="default-src 'none'; script-src 'nonce-${nonce}'"`), html);
    ok(html.endsWith('</script>\n</body></html>'), html.slice(-80));
    ok(html.includes('<a title="</body>" href="#open:a.md:3">x</a>'), 'the draft’s text stays as it was');
  });

  it('gives a page without a policy a strict one', () => {
    const html = withOpenLinks('<html><head></head><body></body></html>', '#');
    ok(
      /<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-[^']+';">/.test(
        html,
      ),
      html,
    );
  });
});
