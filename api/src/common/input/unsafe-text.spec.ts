import { findUnsafeText, textProblem } from './unsafe-text';

describe('textProblem', () => {
  it('accepts any printable Unicode, emoji and right-to-left text included', () => {
    for (const text of ['Tajine ½', 'زربية 🧶', '&|!:*()"\'\\', '', 'e\u0301']) {
      expect(textProblem(text, false)).toBeNull();
    }
  });

  it('refuses NUL, other C0 controls, DEL and C1 controls', () => {
    for (const text of ['a\u0000b', '\u0001', 'x\u001b[31m', 'a\u007f', '\u0085', '\u009f']) {
      expect(textProblem(text, false)).toBe('control_character');
      expect(textProblem(text, true)).toBe('control_character');
    }
  });

  it('keeps tab and line breaks for prose only', () => {
    for (const text of ['one\ntwo', 'a\r\nb', 'a\tb']) {
      expect(textProblem(text, true)).toBeNull();
      expect(textProblem(text, false)).toBe('control_character');
    }
  });

  it('refuses lone surrogates but not surrogate pairs', () => {
    expect(textProblem('a\ud800', false)).toBe('lone_surrogate');
    expect(textProblem('\udc00a', true)).toBe('lone_surrogate');
    expect(textProblem('\ud83d\ude00', false)).toBeNull();
  });
});

describe('findUnsafeText', () => {
  it('names the nested field holding the character', () => {
    expect(findUnsafeText({ shipping: { name: 'Amina\u0000' } })).toEqual({
      field: 'shipping.name',
      problem: 'control_character',
    });
    expect(findUnsafeText({ materials: ['clay', 'gl\u0000aze'] })?.field).toBe('materials.1');
    expect(findUnsafeText('x\u0000', 'q')?.field).toBe('q');
  });

  it('allows line breaks in descriptions, bios and reasons, however nested', () => {
    expect(findUnsafeText({ description: { fr: 'Un\nDeux' }, reason: 'a\r\nb' })).toBeNull();
    expect(findUnsafeText({ bioFr: 'ligne\nligne' })).toBeNull();
    expect(findUnsafeText({ title: { fr: 'Un\nDeux' } })?.field).toBe('title.fr');
  });

  it('refuses control characters in keys, and shows the key without them', () => {
    expect(findUnsafeText({ 'na\u0000me': 'x' })).toEqual({
      field: 'na?me',
      problem: 'control_character',
    });
  });

  it('walks a structure 100 000 levels deep without exhausting the stack', () => {
    let deep: unknown = 'bottom\u0000';
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(findUnsafeText(deep)?.problem).toBe('control_character');
  });

  it('ignores numbers, booleans, null and clean values', () => {
    expect(findUnsafeText({ quantity: 2, gift: false, line2: null, list: [1, 'a'] })).toBeNull();
    expect(findUnsafeText(undefined)).toBeNull();
  });
});
