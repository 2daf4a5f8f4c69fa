/** A link with a scheme (`https:`, `mailto:`) leads outside the workspace's files. */
export const EXTERNAL_URL = /^[a-z][a-z0-9+.-]*:/i;

/** `decodeURIComponent`, leaving malformed escapes (`%zz`) as written. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
