/**
 * The second product: any app's auto-renewing membership in China, named by the person. Its
 * texts (locales/<lang>/any-membership.json) override the shared ones wherever those speak of
 * one app.
 */
import type { Product } from '../../product';
import { anyMembershipPolicy } from './policy';

export const anyMembership: Product = {
  id: 'anyMembership',
  texts: 'any-membership',
  policy: anyMembershipPolicy,
};
