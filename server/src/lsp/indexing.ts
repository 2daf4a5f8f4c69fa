/** Drafts read between two yields while the server indexes a workspace: it stays responsive, and memory held weakly can go. */
export const INDEX_BATCH = 25;
