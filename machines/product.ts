/**
 * A product the coach serves, as a value: its id (stored with every conversation), its rules
 * and steps (the policy), and its texts. The conversation's shared parts (the appeal ladder,
 * payment channels, the law, evidence and drafts) are built for each product from its policy;
 * a new product is a new folder under products/ (or anywhere: the engine takes products as an
 * option) plus its texts, with no edit to the engine.
 */
import type { ProductPolicy } from './policy';
import type { Lang } from './types';

export interface Product {
  /** Stored with each conversation: never rename it once conversations exist. */
  id: string;
  /**
   * The i18next namespace of its texts. A key it does not have is read from the shared
   * `coach` namespace, so a product writes only what differs (its name, its steps, its verdicts).
   */
  texts: string;
  policy: ProductPolicy;
  /**
   * Its texts carried with it (a product kept outside this package), per language; without
   * them they are read from locales/<lang>/<texts>.json.
   */
  bundles?: Partial<Record<Lang, Record<string, unknown>>>;
}

/** The key of the greeting's button for a product (its label is `productChoice` in the product's texts). */
export const productChoiceId = (product: Pick<Product, 'id'>): string => `product_${product.id}`;
