import { describe, expect, it } from 'vitest';
import { sellerProduct } from '../testing/fixtures';
import {
  emptyProductForm,
  problemsFromApi,
  productFormFromProduct,
  readProductForm,
  splitMaterials,
  toUpdateRequest,
  type ProductFormValues,
} from './product-form';

function draftOf(values: ProductFormValues) {
  const read = readProductForm(values);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.draft;
}

describe('toUpdateRequest', () => {
  const product = sellerProduct({ leadTimeDays: 10, madeByMemberId: 'm-1' });
  const loaded = () => productFormFromProduct(product, 'fr');

  it('is empty when the form still holds the product as loaded', () => {
    expect(toUpdateRequest(product, draftOf(loaded()))).toEqual({});
  });

  it('clears optional values with null', () => {
    const values = loaded();
    values.madeToOrder = false;
    values.madeByMemberId = '';
    values.weightGrams = ' ';
    values.dimensions = { lengthCm: '', widthCm: '', heightCm: '' };
    values.description.fr = '   ';
    expect(toUpdateRequest(product, draftOf(values))).toEqual({
      description: { fr: null },
      dimensions: null,
      weightGrams: null,
      leadTimeDays: null,
      madeByMemberId: null,
    });
  });

  it('sends the whole list of materials when it changes', () => {
    const values = loaded();
    values.materials = 'émail au cobalt, argile';
    expect(toUpdateRequest(product, draftOf(values))).toEqual({
      materials: ['émail au cobalt', 'argile'],
    });
  });
});

describe('readProductForm', () => {
  it('refuses a stock above 1 for a one-of-a-kind piece', () => {
    const values = { ...emptyProductForm(), oneOfAKind: true, stock: '3' };
    const read = readProductForm(values);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.stock).toEqual({ code: 'uniqueStock' });
  });

  it('reads whole numbers typed with Arabic-Indic digits', () => {
    const values = {
      ...emptyProductForm(),
      title: { fr: 'Plat', ar: '', en: '' },
      price: '١٢٠',
      stock: '٤',
      category: 'tableware',
    };
    expect(draftOf(values)).toMatchObject({ price: 12000, stock: 4 });
  });
});

describe('splitMaterials', () => {
  it('splits on Latin and Arabic commas, trims and drops repeats', () => {
    expect(splitMaterials(' cuir ،  laiton, cuir ;; fil\n')).toEqual(['cuir', 'laiton', 'fil']);
  });
});

describe('problemsFromApi', () => {
  it('places nested fields on the form and keeps the rest apart', () => {
    expect(
      problemsFromApi([
        { field: 'price.amount', messages: ['price.amount must not be less than 100'] },
        { field: 'title.ar', messages: ['too long'] },
        { field: 'sellerId', messages: ['property sellerId should not exist'] },
      ]),
    ).toEqual({
      problems: {
        price: { code: 'server', message: 'price.amount must not be less than 100' },
        'title.ar': { code: 'server', message: 'too long' },
      },
      others: ['property sellerId should not exist'],
    });
  });
});
