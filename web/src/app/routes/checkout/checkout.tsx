import { CheckoutPage } from '@/features/checkout/components/checkout-page';

export function CheckoutRoute() {
  return <CheckoutPage />;
}
