import { CheckoutSuccess } from '@/features/checkout/components/checkout-success';
import { useSearchParams } from '@/lib/search-params';

export function CheckoutSuccessRoute() {
  const sessionId = useSearchParams().get('session_id') ?? '';
  // Keyed so that another session in the address starts its own confirmation.
  return <CheckoutSuccess key={sessionId} sessionId={sessionId} />;
}
