import { SlottedText } from '@/components/ui/slotted-text';

/** A text naming an order, its number isolated (left to right, even in Arabic) and findable. */
export function OrderNumber({ text, number }: { text: string; number: string }) {
  return (
    <SlottedText
      text={text}
      slots={{
        number: (
          <bdi dir="ltr" className="checkout-result__order" data-testid="order-number">
            {number}
          </bdi>
        ),
      }}
    />
  );
}
