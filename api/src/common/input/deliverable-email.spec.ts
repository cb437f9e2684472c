import { isDeliverableEmail } from './deliverable-email';

describe('isDeliverableEmail', () => {
  it.each([
    'amina@example.ma',
    'amina.el-idrissi+orders@mail.example.ma',
    "o'brien@example.com",
    'x_y@sub.domain.co.uk',
    'amina@مثال.ma',
  ])('accepts %s', (email) => {
    expect(isDeliverableEmail(email)).toBe(true);
  });

  it.each([
    ['a quoted local part', '"amina el idrissi"@example.ma'],
    ['a quoted local part with an @', '"a@b"@example.ma'],
    ['a space', 'amina idrissi@example.ma'],
    ['NUL', 'amina\u0000@example.ma'],
    ['a line break', 'amina\r\nBcc: x@y.ma@example.ma'],
    ['a non-ASCII local part', 'amína@example.ma'],
    ['a leading dot', '.amina@example.ma'],
    ['a doubled dot', 'am..ina@example.ma'],
    ['an IP literal', 'amina@[127.0.0.1]'],
    ['no top-level domain', 'amina@localhost'],
    ['a display name', 'Amina <amina@example.ma>'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@example.ma`],
    [
      'an address over 254 characters',
      `amina@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.ma`,
    ],
    ['no @', 'amina.example.ma'],
    ['not a string', 42],
  ])('refuses %s', (_label, email) => {
    expect(isDeliverableEmail(email)).toBe(false);
  });
});
