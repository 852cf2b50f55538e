// Relations that the shape of a name or title states, with no verb: titles of office (heads,
// represents), a body or place whose name contains its country or parent ("Agence ...
// du Cambodge", "Conseil de sécurité des Nations unies", "Ukrainian Foreign Ministry"), and
// containment between places ("the Tigray region of Ethiopia").
import type { Doc, Mention, Role } from '../ner/doc';
import { mentionsIn } from '../ner/doc';
import { evidence } from '../evidence';
import type { RelationSet } from './collect';
import { counterpartRole, mainCountryOf, titleCountry } from './title-country';

export type EntityOf = (m: Mention | undefined) => string | undefined;

export function roleRelations(doc: Doc, rels: RelationSet, ent: EntityOf): void {
  const main = mainCountryOf(doc, ent);
  for (const r of doc.roles) {
    const person = ent(doc.mentions[r.person]);
    const target = r.target === undefined ? undefined : doc.mentions[r.target];
    if (target) {
      const role = counterpartRole(doc, r, target);
      rels.add(person, role, ent(target), evidence(doc, r.sent, r.from, r.to, role === r.role ? r.rule : 'role.counterpart-heads', 0.85));
      continue;
    }
    // "ممثلة المفوضية في تشاد NAME": a bare head noun in the title, read later as the body it
    // stands for, is the body the title names.
    const body = bodyInTitle(doc, r);
    if (body) {
      rels.add(person, r.role, ent(body), evidence(doc, r.sent, r.from, r.to, `role.title-${r.role}`, 0.7));
      continue;
    }
    const implied = titleCountry(doc, r, ent, main);
    if (implied) rels.add(person, implied.role, ent(implied.target), evidence(doc, r.sent, r.from, r.to, 'role.title-country', 0.6));
  }
}

function bodyInTitle(doc: Doc, r: Role): Mention | undefined {
  const person = doc.mentions[r.person]!;
  return mentionsIn(doc, r.sent).find((m) => m.rule === 'anaphor.head' && !m.dropped && m.from >= r.from && m.to <= person.from && (m.type === 'agency' || m.type === 'organization'));
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
