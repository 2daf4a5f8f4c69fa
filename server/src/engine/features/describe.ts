import type { Engine } from '../engine';
import type { DefinedItem, DraftModel } from '../model/draft-model';
import { kindInfo } from '../model/kinds';
import { relativePath } from '../model/links';
import { deliveredBy } from './id-symbols';

export function titleOf(draft: DraftModel): string {
  const title = draft.fm.value(['title']);
  return typeof title === 'string' && title.trim() ? title.trim() : draft.id;
}

/** "*Millbrook Matters* (Sustainable Community Strategy, ../scs/millbrook-scs.md)" */
export function draftLabel(draft: DraftModel, from: DraftModel): string {
  const kind = draft.kind ? `${kindInfo(draft.kind).label}, ` : '';
  return `*${titleOf(draft)}* (${kind}${relativePath(from.path, draft.path)})`;
}

/** A Markdown description of a priority, objective or target where it is defined. */
export function describeItem(engine: Engine, item: DefinedItem, owner: DraftModel, from: DraftModel): string {
  const noun =
    owner.kind === 'local-area-agreement'
      ? 'Target'
      : owner.kind === 'core-strategy'
        ? 'Objective'
        : owner.kind === 'housing-strategy'
          ? 'Housing priority'
          : 'Priority';
  const lines = [`**${noun} \`${item.id}\`${item.title ? ` — ${item.title}` : ''}**`, '', `in ${draftLabel(owner, from)}`];
  const facts: string[] = [];
  if (item.data.spatial === true) facts.push('spatial: the Core Strategy delivers it');
  if (Array.isArray(item.data.principles) && item.data.principles.length)
    facts.push(`principles: ${item.data.principles.join(', ')}`);
  if (owner.kind === 'sustainable-community-strategy') {
    facts.push(deliveredBy(engine.workspace.referencesTo(owner).filter((r) => r.reference.id === item.id)));
  }
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));
  return lines.join('\n');
}
