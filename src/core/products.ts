/**
 * The products an engine serves, each with its machine, looked up by the id a conversation
 * stores. The first is where a new conversation starts (its greeting asks which, when there
 * are several). A product's own texts (`bundles`) join i18next under its namespace here.
 */
import { BUILT_IN_PRODUCTS, createCoachMachine, LANGS, type CoachMachine, type Product } from '../../machines';
import { texts } from '../i18n';

/** Records saved before products were values name none: they were all 黑卡 conversations. */
export const LEGACY_PRODUCT = 'xhsBlackCard';

export class ProductSet {
  readonly first: Product;
  private readonly byId = new Map<string, { product: Product; machine: CoachMachine }>();

  constructor(products: readonly Product[]) {
    if (products.length === 0) throw new Error('an engine needs at least one product');
    this.first = products[0]!;
    for (const product of products) {
      if (this.byId.has(product.id)) throw new Error(`two products share the id ${product.id}`);
      for (const lang of LANGS) {
        const bundle = product.bundles?.[lang];
        if (bundle) texts().addResourceBundle(lang, product.texts, bundle, true, true);
      }
      this.byId.set(product.id, { product, machine: createCoachMachine(product, products) });
    }
  }

  /** The product of this id, if this engine serves it. */
  product(id: string): Product | undefined {
    return this.byId.get(id)?.product;
  }

  /** The conversation machine of this product (the first product's if it is not served). */
  machine(id: string): CoachMachine {
    return (this.byId.get(id) ?? this.byId.get(this.first.id)!).machine;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }
}

let builtIn: ProductSet | undefined;

/** The products this package ships, as a set (made once). */
export function builtInProducts(): ProductSet {
  builtIn ??= new ProductSet(BUILT_IN_PRODUCTS);
  return builtIn;
}
