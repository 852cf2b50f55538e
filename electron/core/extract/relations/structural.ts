// Relations that the shape of a name or title states, with no verb: titles of office (heads,
// represents), a body or place whose name contains its country or parent ("Agence ...
// du Cambodge", "Conseil de sécurité des Nations unies", "Ukrainian Foreign Ministry"), and
// containment between places ("the Tigray region of Ethiopia").
import type { Doc, Mention } from '../ner/doc';
import { evidence } from '../evidence';
import type { RelationSet } from './collect';

export type EntityOf = (m: Mention | undefined) => string | undefined;

export function roleRelations(doc: Doc, rels: RelationSet, ent: EntityOf): void {
  for (const r of doc.roles) {
    const target = r.target === undefined ? undefined : doc.mentions[r.target];
    if (!target) continue;
    rels.add(ent(doc.mentions[r.person]), r.role, ent(target), evidence(doc, r.sent, r.from, r.to, r.rule, 0.85));
  }
}

export function containmentRelations(doc: Doc, rels: RelationSet, ent: EntityOf): void {
  for (const m of doc.mentions) {
    if (m.dropped || m.kind !== 'name' || !m.inner) continue;
    for (const id of m.inner) {
      const inner = doc.mentions[id]!;
      if (inner.dropped || (m.type !== 'agency' && m.type !== 'organization')) continue;
      rels.add(ent(m), 'part_of', ent(inner), evidence(doc, m.sent, m.from, m.to, 'part_of.name', 0.8));
    }
  }
  for (const l of doc.placeLinks) {
    const inner = doc.mentions[l.inner]!;
    const outer = doc.mentions[l.outer]!;
    const from = Math.min(inner.from, outer.from);
    const to = Math.max(inner.to, outer.to);
    rels.add(ent(inner), 'part_of', ent(outer), evidence(doc, l.sent, from, to, l.rule, 0.75));
  }
}
