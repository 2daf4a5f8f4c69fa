/** A link with a scheme (`https:`, `mailto:`) leads outside the workspace's files. */
export const EXTERNAL_URL = /^[a-z][a-z0-9+.-]*:/i;
