import {
  applicationProblems,
  applyEdit,
  EMPTY_APPLICATION,
  type ApplicationContent,
} from './seller-application.rules';

const artisan: ApplicationContent = {
  kind: 'artisan',
  name: 'Atelier Fakhar',
  province: 'safi',
  craft: 'pottery',
  workshopAddress: 'Colline des potiers, Safi',
  phone: '+212612345678',
  bio: { fr: 'Potier depuis trois générations.' },
  artisanCardNumber: 'SF-2024-118',
  artisanCardExpiresOn: '2030-12-31',
  registrationNumber: null,
  members: null,
};

const cooperative: ApplicationContent = {
  ...artisan,
  kind: 'cooperative',
  name: 'Coopérative Tifaout',
  craft: 'argan',
  artisanCardNumber: null,
  artisanCardExpiresOn: null,
  registrationNumber: 'COOP-ESS-2019-44',
  members: [{ name: 'Aicha Ait Baha', craft: 'argan' }],
};

const fields = (content: ApplicationContent) =>
  applicationProblems(content).map((problem) => problem.field);

describe('applicationProblems', () => {
  it('accepts a complete artisan and a complete cooperative', () => {
    expect(applicationProblems(artisan)).toEqual([]);
    expect(applicationProblems(cooperative)).toEqual([]);
  });

  it('requires the artisan card from artisans', () => {
    expect(fields({ ...artisan, artisanCardNumber: null, artisanCardExpiresOn: null })).toEqual([
      'artisanCardNumber',
      'artisanCardExpiresOn',
    ]);
  });

  it('requires a registration and 1 to 100 members from cooperatives', () => {
    expect(fields({ ...cooperative, registrationNumber: null, members: [] })).toEqual([
      'registrationNumber',
      'members',
    ]);
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `Membre ${i}`, craft: 'argan' }));
    expect(fields({ ...cooperative, members: many })).toEqual(['members']);
  });

  it('refuses fields of the other kind', () => {
    expect(fields({ ...artisan, registrationNumber: 'X-1', members: cooperative.members })).toEqual(
      ['registrationNumber', 'members'],
    );
    expect(fields({ ...cooperative, artisanCardNumber: 'SF-1' })).toEqual(['artisanCardNumber']);
  });

  it('requires a bio in at least one language', () => {
    expect(fields({ ...artisan, bio: {} })).toEqual(['bio']);
    expect(fields({ ...artisan, bio: { ar: '   ' } })).toEqual(['bio']);
    expect(fields({ ...artisan, bio: { ar: 'فخار آسفي' } })).toEqual([]);
  });

  it('names every missing field of an empty application', () => {
    expect(fields(EMPTY_APPLICATION)).toEqual([
      'kind',
      'name',
      'province',
      'craft',
      'workshopAddress',
      'phone',
      'bio',
    ]);
  });
});

describe('applyEdit', () => {
  it('replaces the given fields only', () => {
    const edited = applyEdit(artisan, { name: 'Atelier Fakhar Benali', bio: { en: ' Potter ' } });
    expect(edited).toEqual({ ...artisan, name: 'Atelier Fakhar Benali', bio: { en: 'Potter' } });
  });

  it('turns a null into a missing required field', () => {
    expect(fields(applyEdit(artisan, { name: null }))).toEqual(['name']);
  });

  it('drops the other kind’s fields when the kind changes', () => {
    const edited = applyEdit(cooperative, {
      kind: 'artisan',
      artisanCardNumber: 'SF-9',
      artisanCardExpiresOn: '2031-01-01',
    });
    expect(edited.members).toBeNull();
    expect(edited.registrationNumber).toBeNull();
    expect(applicationProblems(edited)).toEqual([]);
  });

  it('keeps what the edit itself sends, so contradictions are refused', () => {
    const edited = applyEdit(cooperative, { kind: 'artisan', registrationNumber: 'X-1' });
    expect(fields(edited)).toEqual([
      'artisanCardNumber',
      'artisanCardExpiresOn',
      'registrationNumber',
    ]);
  });
});
