// English sentence patterns for the benchmark corpus: meetings, ceasefires, demining, funding,
// shelling, accusations, hand-overs and support, in the register of wire-service copy.
import { groupDigits, type Cast, type LanguageKit, type SimpleDate, type Template } from './corpus-types';
import type { Rng } from './corpus-rng';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// prettier-ignore
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNRELATED = [
  'Stocks close higher as oil prices ease',
  'Local side wins the national cup final',
  'New museum opens in the old town',
  'Heatwave expected to last until the weekend',
];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const num = (rng: Rng, min: number, max: number): string => groupDigits(rng.int(min, max), ',');
const region = (c: Cast, rng: Rng): string => rng.pick(c.regions);
const day = (rng: Rng): string => rng.pick(DAYS);

const HEADLINES: Template[] = [
  (c, r) => `${c.host.name} and ${c.rival.name} sign ceasefire after talks in ${region(c, r)}`,
  (c) => `${c.donor.name} pledges ${c.amount} million dollars for demining in ${c.host.name}`,
  (c, r) => `${c.host.name} accuses ${c.rival.name} of shelling villages in ${region(c, r)}`,
  (c, r) => `${cap(c.agency)} clears thousands of mines in ${region(c, r)}`,
  (c, r) => `Foreign ministers of ${c.host.name} and ${c.rival.name} meet in ${region(c, r)}`,
];

const SENTENCES: Template[] = [
  (c, r) =>
    `Foreign Minister ${c.minister} met the foreign minister of ${c.rival.name}, ${c.rivalMinister}, in ${region(c, r)} on ${day(r)} to discuss the implementation of the ceasefire.`,
  (c, r) =>
    `${c.host.name} and ${c.rival.name} signed a ceasefire agreement on ${day(r)}, ending ${r.int(2, 12)} weeks of fighting around ${region(c, r)}.`,
  (c, r) =>
    `${cap(c.agency)} said its teams had cleared ${num(r, 120, 9000)} hectares of land in the ${region(c, r)} region since the start of the year.`,
  (c, r) =>
    `Deminers from ${c.organization} found ${num(r, 20, 4000)} anti-personnel mines and ${num(r, 10, 900)} unexploded shells near ${region(c, r)}, according to a statement.`,
  (c) =>
    `${c.donor.name} will provide ${c.amount} million dollars to ${c.agency} to support demining operations in ${c.host.name}, ambassador ${c.envoy} said.`,
  (c, r) =>
    `The Defence Ministry of ${c.host.name} said the army of ${c.rival.name} had shelled villages in the ${region(c, r)} district overnight, wounding ${r.int(2, 40)} civilians.`,
  (c) =>
    `${c.host.name} accused ${c.rival.name} of violating the truce and of laying new mines along the former line of contact.`,
  (c, r) =>
    `${c.chief}, the head of ${c.agency}, told ${c.news} that more than ${num(r, 50, 3000)} people had been killed or injured by mines since the war ended.`,
  (c, r) =>
    `"We remain committed to a peaceful settlement," the spokesperson of the Foreign Ministry of ${c.host.name}, ${c.spokesperson}, told reporters in ${region(c, r)}.`,
  (c, r) =>
    `${c.rival.name} handed over maps of ${r.int(3, 120)} minefields to ${c.host.name} in exchange for ${r.int(2, 30)} detainees, ${c.organization} confirmed.`,
  (c) =>
    `${c.donor.name} reiterated its support for the territorial integrity of ${c.host.name}, ${c.envoy} said after talks with ${c.minister}.`,
  (c, r) =>
    `${cap(c.agency)} and ${c.organization} signed a memorandum on cooperation in mine clearance and victim assistance in ${region(c, r)}.`,
  (c, r) =>
    `Tensions between the two countries have persisted for decades, and thousands of people remain displaced from ${region(c, r)}.`,
  (c, r) =>
    `Since the end of the fighting, ${num(r, 200, 40000)} civilians have returned to their homes in ${region(c, r)}, local authorities said.`,
  (c, r) =>
    `"Every mine removed is a life saved," ${c.chief} said during a visit to ${region(c, r)} on ${day(r)}.`,
  (c, r) =>
    `${cap(c.otherAgency)} called on both sides to respect their commitments and to allow humanitarian access to ${region(c, r)}.`,
  (c, r) =>
    `Forces of ${c.rival.name} still hold positions near ${region(c, r)}, according to the Defence Ministry of ${c.host.name}.`,
];

function dateLine(date: SimpleDate, rng: Rng): string {
  const mm = String(date.m).padStart(2, '0');
  const dd = String(date.d).padStart(2, '0');
  const month = MONTHS[date.m - 1]!;
  return rng.pick([
    `date ${date.y}-${mm}-${dd}`,
    `${dd}.${mm}.${date.y}`,
    `${date.d} ${month} ${date.y}`,
    `${month} ${date.d}, ${date.y}`,
  ]);
}

export const english: LanguageKit = {
  headlines: HEADLINES,
  sentences: SENTENCES,
  dateLine,
  dateline: (c, rng) => `${region(c, rng).toUpperCase()} - `,
  furniture: (rng) => [
    'Leave a comment',
    'Your email address will not be published. Required fields are marked *',
    ...rng.sample(UNRELATED, 2),
  ],
};
