import { AgendaNameStyle } from './agenda';

/** What it takes to write a person's name: as they write it, how lists sort it, and the honorific. */
export interface PersonName {
  honorific: string | null;
  name: string;
  sortName: string;
}

/** A letter of another script than Latin: the name's Latin form then helps those who cannot read it. */
const NON_LATIN_LETTER = /[^\p{Script=Latin}\P{L}]/u;

function withHonorific(person: PersonName): string {
  return person.honorific ? `${person.honorific} ${person.name}` : person.name;
}

/**
 * "Ms. 이서연 (Lee Seo-yeon)": a name as a list of participants prints it, honorific first and the
 * sort name beside it whenever the two differ, so that every row can be found in sorted order.
 */
export function listedName(person: PersonName): string {
  return withHonorific(person) + (person.sortName !== person.name ? ` (${person.sortName})` : '');
}

/**
 * The Latin-script form of a name written in another script, in the order the person uses it:
 * "Kim Tae-hoon" for 김태훈, "Anna Sokolova" for Анна Соколова (sorted as "Sokolova, Anna"). Null for
 * a name already in Latin script, or without a distinct sort name.
 */
export function romanisedName(person: Pick<PersonName, 'name' | 'sortName'>): string | null {
  if (person.sortName === person.name || !NON_LATIN_LETTER.test(person.name)) return null;
  const inverted = /^([^,]+),\s*(.+)$/.exec(person.sortName);
  return inverted ? `${inverted[2]} ${inverted[1]}` : person.sortName;
}

/**
 * A person as a letter addresses them: "Dr. Анна Соколова (Anna Sokolova)", "Prof. 김태훈 (Kim
 * Tae-hoon)", "Ms. Amina Rahman": the honorific, the name as they write it, and its romanised form
 * beside a name in another script.
 */
export function addressedName(person: PersonName): string {
  const romanised = romanisedName(person);
  return romanised ? `${withHonorific(person)} (${romanised})` : withHonorific(person);
}

/**
 * A person as the agenda names them, in the meeting's chosen style: "Prof. Kim Tae-hoon (김태훈)",
 * "Prof. Kim Tae-hoon" or "Prof. 김태훈". A name already in Latin script reads the same in all three.
 */
export function agendaName(person: PersonName, style: AgendaNameStyle): string {
  const romanised = style === AgendaNameStyle.AS_WRITTEN ? null : romanisedName(person);
  if (!romanised) return withHonorific(person);
  const named = person.honorific ? `${person.honorific} ${romanised}` : romanised;
  return style === AgendaNameStyle.ROMANISED ? named : `${named} (${person.name})`;
}

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
