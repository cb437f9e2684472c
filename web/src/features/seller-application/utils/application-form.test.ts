import { describe, expect, it } from 'vitest';
import {
  contentOf,
  emptyValues,
  isIsoDate,
  newMemberRow,
  problemsFromApi,
  todayInMorocco,
  validate,
  withKind,
} from './application-form';

describe('application form rules', () => {
  it('accepts a complete artisan and sends only the artisan’s fields', () => {
    const values = {
      ...emptyValues(),
      name: ' Atelier Lahcen ',
      province: 'safi',
      craft: 'pottery',
      workshopAddress: 'Colline des potiers',
      phone: '06.12.34.56.78',
      artisanCardNumber: 'SAF-0042',
      artisanCardExpiresOn: '2030-02-28',
      registrationNumber: 'left over',
      bio: { fr: '', ar: ' فخار آسفي ', en: '' },
    };
    expect(validate(values)).toEqual({});
    expect(contentOf(values)).toEqual({
      kind: 'artisan',
      name: 'Atelier Lahcen',
      province: 'safi',
      craft: 'pottery',
      workshopAddress: 'Colline des potiers',
      phone: '06.12.34.56.78',
      bio: { ar: 'فخار آسفي' },
      artisanCardNumber: 'SAF-0042',
      artisanCardExpiresOn: '2030-02-28',
    });
  });

  it('asks a cooperative for its registration and valid members', () => {
    const values = withKind({ ...emptyValues(), members: [] }, 'cooperative');
    values.members = [...values.members, newMemberRow({ name: 'A', craft: 'argan' })];
    const problems = validate(values);
    expect(problems.registrationNumber).toEqual({ message: 'registrationNumber' });
    expect(problems['members.0.name']).toEqual({ message: 'memberName', number: 1 });
    expect(problems['members.1.name']).toEqual({ message: 'memberName', number: 2 });
    expect(problems['members.1.craft']).toBeUndefined();
    expect(problems.bio).toEqual({ message: 'bio' });
    expect(problems.artisanCardNumber).toBeUndefined();
  });

  it('reads the API’s field names', () => {
    expect(problemsFromApi(['members.2.craft', 'bio.en', 'phone', 'mystery'])).toEqual({
      'members.2.craft': { message: 'memberCraft', number: 3 },
      'bio.en': { message: 'bioLength' },
      phone: { message: 'phone' },
    });
  });

  it('knows real days and Moroccan today', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(todayInMorocco(new Date('2026-06-01T23:30:00Z'))).toBe('2026-06-02');
  });
});
