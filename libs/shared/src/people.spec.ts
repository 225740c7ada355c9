import { describe, expect, it } from 'vitest';
import { AgendaNameStyle } from './agenda';
import { addressedName, agendaName, listedName, listOfNames, romanisedName } from './people';

const kim = { honorific: 'Prof.', name: '김태훈', sortName: 'Kim Tae-hoon' };
const sokolova = { honorific: 'Dr.', name: 'Анна Соколова', sortName: 'Sokolova, Anna' };
const rahman = { honorific: 'Ms.', name: 'Amina Rahman', sortName: 'Rahman, Amina' };

describe('names as people read them', () => {
  it('addresses a person with the honorific and, beside a name in another script, its romanised form', () => {
    expect(addressedName(kim)).toBe('Prof. 김태훈 (Kim Tae-hoon)');
    expect(addressedName(sokolova)).toBe('Dr. Анна Соколова (Anna Sokolova)');
    expect(addressedName(rahman)).toBe('Ms. Amina Rahman');
    expect(addressedName({ honorific: null, name: '佐藤遥', sortName: '佐藤遥' })).toBe('佐藤遥');
  });

  it('romanises only names in another script than Latin, given name first as the person writes it', () => {
    expect(romanisedName(kim)).toBe('Kim Tae-hoon');
    expect(romanisedName(sokolova)).toBe('Anna Sokolova');
    expect(romanisedName(rahman)).toBeNull();
    expect(romanisedName({ name: 'Nguyễn Văn An', sortName: 'Nguyen Van An' })).toBeNull();
  });

  it('lists a name with its sort name beside it, as the list of participants prints it', () => {
    expect(listedName({ honorific: 'Ms.', name: '이서연', sortName: 'Lee Seo-yeon' })).toBe(
      'Ms. 이서연 (Lee Seo-yeon)',
    );
    expect(listedName(rahman)).toBe('Ms. Amina Rahman (Rahman, Amina)');
    expect(listedName({ honorific: null, name: 'Tsetseg Bold', sortName: 'Tsetseg Bold' })).toBe('Tsetseg Bold');
  });

  it('names people on the agenda in the style the meeting chose, romanised first by default', () => {
    expect(agendaName(kim, AgendaNameStyle.ROMANISED_WITH_NATIVE)).toBe('Prof. Kim Tae-hoon (김태훈)');
    expect(agendaName(sokolova, AgendaNameStyle.ROMANISED_WITH_NATIVE)).toBe('Dr. Anna Sokolova (Анна Соколова)');
    expect(agendaName(kim, AgendaNameStyle.ROMANISED)).toBe('Prof. Kim Tae-hoon');
    expect(agendaName(kim, AgendaNameStyle.AS_WRITTEN)).toBe('Prof. 김태훈');
    expect(agendaName(rahman, AgendaNameStyle.ROMANISED_WITH_NATIVE)).toBe('Ms. Amina Rahman');
    expect(agendaName({ honorific: null, name: '佐藤遥', sortName: 'Sato Haruka' }, AgendaNameStyle.ROMANISED)).toBe(
      'Sato Haruka',
    );
  });

  it('joins names as a sentence does', () => {
    expect(listOfNames([])).toBe('');
    expect(listOfNames(['A'])).toBe('A');
    expect(listOfNames(['A', 'B'])).toBe('A and B');
    expect(listOfNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
