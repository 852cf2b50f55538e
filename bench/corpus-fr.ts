// French sentence patterns for the benchmark corpus. French puts an article before a country
// and contracts it with "de" and "à" (du Mali, aux États-Unis, à l’Azerbaïdjan), so the
// patterns go through the small helpers below rather than pasting bare names.
import type { Country } from './corpus-names';
import type { Rng } from './corpus-rng';
import { groupDigits, type Cast, type LanguageKit, type SimpleDate, type Template } from './corpus-types';

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
// prettier-ignore
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const UNRELATED = [
  'La Bourse de Paris termine en hausse',
  'Le club local remporte la finale de la coupe',
  'Un nouveau musée ouvre ses portes dans la vieille ville',
  'La canicule devrait durer jusqu’au week-end',
];

const elides = (name: string): boolean => /^[AEIOUÉÈÊÎÏÔÛaeiouéèêîïôû]/u.test(name);

/** "la France", "le Mali", "l’Azerbaïdjan", "les États-Unis". */
export function le(c: Country): string {
  if (c.gender === 'pl') return `les ${c.name}`;
  if (elides(c.name)) return `l’${c.name}`;
  return `${c.gender === 'f' ? 'la' : 'le'} ${c.name}`;
}

/** "de" before a noun phrase that carries its article: du, des, de la, de l’. */
export function de(phrase: string): string {
  if (phrase.startsWith('le ')) return `du ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `des ${phrase.slice(4)}`;
  return elides(phrase) ? `d’${phrase}` : `de ${phrase}`;
}

/** "à" before a noun phrase that carries its article: au, aux, à la, à l’. */
export function a(phrase: string): string {
  if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
  if (phrase.startsWith('les ')) return `aux ${phrase.slice(4)}`;
  return `à ${phrase}`;
}

/** Where something happens in a country: en France, au Mali, en Iran, aux États-Unis. */
export function en(c: Country): string {
  if (c.gender === 'pl') return `aux ${c.name}`;
  return c.gender === 'f' || elides(c.name) ? `en ${c.name}` : `au ${c.name}`;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const num = (rng: Rng, min: number, max: number): string => groupDigits(rng.int(min, max), '\u202f');
const region = (c: Cast, rng: Rng): string => rng.pick(c.regions);
const day = (rng: Rng): string => rng.pick(DAYS);

const HEADLINES: Template[] = [
  (c, r) =>
    `${cap(le(c.host))} et ${le(c.rival)} signent un cessez-le-feu après des pourparlers à ${region(c, r)}`,
  (c) => `${cap(le(c.donor))} promet ${c.amount} millions d’euros pour le déminage ${en(c.host)}`,
  (c, r) => `${cap(le(c.host))} accuse ${le(c.rival)} d’avoir bombardé des villages près de ${region(c, r)}`,
  (c, r) => `Déminage : ${c.agency} dégage des milliers de mines à ${region(c, r)}`,
  (c, r) =>
    `Les chefs de la diplomatie ${de(le(c.host))} et ${de(le(c.rival))} se rencontrent à ${region(c, r)}`,
];

const SENTENCES: Template[] = [
  (c, r) =>
    `Le ministre des Affaires étrangères ${de(le(c.host))}, ${c.minister}, a rencontré ${day(r)} son homologue ${de(le(c.rival))}, ${c.rivalMinister}, à ${region(c, r)} pour discuter de l’application du cessez-le-feu.`,
  (c, r) =>
    `${cap(le(c.host))} et ${le(c.rival)} ont signé ${day(r)} un accord de cessez-le-feu, mettant fin à ${r.int(2, 12)} semaines de combats autour de ${region(c, r)}.`,
  (c, r) =>
    `Selon ${c.agency}, les équipes de déminage ont dégagé ${num(r, 120, 9000)} hectares dans la région de ${region(c, r)} depuis le début de l’année.`,
  (c, r) =>
    `Les démineurs ${de(c.organization)} ont découvert ${num(r, 20, 4000)} mines antipersonnel et ${num(r, 10, 900)} obus non explosés près de ${region(c, r)}, selon un communiqué.`,
  (c) =>
    `${cap(le(c.donor))} versera ${c.amount} millions d’euros ${a(c.agency)} pour soutenir le déminage ${en(c.host)}, a annoncé l’ambassadeur ${c.envoy}.`,
  (c, r) =>
    `Le ministère de la Défense ${de(le(c.host))} a affirmé que l’armée ${de(le(c.rival))} avait bombardé des villages du district de ${region(c, r)} dans la nuit, blessant ${r.int(2, 40)} civils.`,
  (c) =>
    `${cap(le(c.host))} accuse ${le(c.rival)} d’avoir violé la trêve et posé de nouvelles mines le long de l’ancienne ligne de contact.`,
  (c, r) =>
    `${c.chief}, directeur ${de(c.agency)}, a déclaré à ${c.news} que plus de ${num(r, 50, 3000)} personnes avaient été tuées ou blessées par des mines depuis la fin de la guerre.`,
  (c) =>
    `« Nous restons attachés à un règlement pacifique », a déclaré aux journalistes ${c.spokesperson}, porte-parole du ministère des Affaires étrangères ${de(le(c.host))}.`,
  (c, r) =>
    `${cap(le(c.rival))} a remis ${a(le(c.host))} les cartes de ${r.int(3, 120)} champs de mines en échange de ${r.int(2, 30)} détenus, a confirmé ${c.organization}.`,
  (c) =>
    `${cap(le(c.donor))} a réaffirmé son soutien à l’intégrité territoriale ${de(le(c.host))}, a indiqué ${c.envoy} après un entretien avec ${c.minister}.`,
  (c, r) =>
    `${cap(c.agency)} et ${c.organization} ont signé un protocole de coopération sur le déminage et l’aide aux victimes dans la région de ${region(c, r)}.`,
  (c, r) =>
    `Les tensions entre les deux pays persistent depuis des décennies et des milliers de personnes restent déplacées de la région de ${region(c, r)}.`,
  (c, r) =>
    `Depuis la fin des combats, ${num(r, 200, 40000)} civils sont rentrés chez eux dans la région de ${region(c, r)}, selon les autorités locales.`,
  (c, r) =>
    `« Chaque mine retirée est une vie sauvée », a affirmé ${c.chief} lors d’une visite à ${region(c, r)} ${day(r)}.`,
  (c, r) =>
    `${cap(c.otherAgency)} a appelé les deux parties à respecter leurs engagements et à permettre l’accès humanitaire à ${region(c, r)}.`,
  (c, r) =>
    `Les forces ${de(le(c.rival))} occupent toujours des positions près de ${region(c, r)}, selon le ministère de la Défense ${de(le(c.host))}.`,
];

function dateLine(date: SimpleDate, rng: Rng): string {
  const mm = String(date.m).padStart(2, '0');
  const dd = String(date.d).padStart(2, '0');
  const day = date.d === 1 ? '1er' : String(date.d);
  const written = `${day} ${MONTHS[date.m - 1]!} ${date.y}`;
  return rng.pick([written, `Publié le ${written}`, `${dd}.${mm}.${date.y}`, `date ${date.y}-${mm}-${dd}`]);
}

export const french: LanguageKit = {
  headlines: HEADLINES,
  sentences: SENTENCES,
  dateLine,
  dateline: (c, rng) => `${region(c, rng).toUpperCase()} - `,
  furniture: (rng) => [
    'Laisser un commentaire',
    'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    ...rng.sample(UNRELATED, 2),
  ],
};
