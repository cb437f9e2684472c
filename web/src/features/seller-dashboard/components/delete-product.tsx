import { useId, useRef, useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { useDeleteSellerProduct } from '../api/delete-seller-product';
import { useSellerTexts } from '../i18n';
import { focusOnMount } from './form-controls';

interface DeleteProductProps {
  productId: string;
  onDeleted: () => void;
}

/** Deleting asks once more, in place, with the answer's buttons next to the question. */
export function DeleteProduct({ productId, onDeleted }: DeleteProductProps) {
  const { t } = useSellerTexts();
  const baseId = useId();
  const remove = useDeleteSellerProduct();
  const [confirming, setConfirming] = useState(false);
  const focusBack = useRef(false);

  const questionId = `${baseId}-question`;
  const error = remove.error;

  return (
    <section className="danger-zone" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="danger-zone__title">
        {t('delete.title')}
      </h2>
      <p>{t('delete.text')}</p>
      {confirming ? (
        <div
          role="group"
          aria-labelledby={questionId}
          aria-describedby={`${baseId}-text`}
          className="danger-zone__confirm"
        >
          <p id={questionId} className="danger-zone__question" tabIndex={-1} ref={focusOnMount}>
            {t('delete.confirmTitle')}
          </p>
          <p id={`${baseId}-text`}>{t('delete.confirmText')}</p>
          <div className="danger-zone__actions">
            <button
              type="button"
              className="button button--danger"
              aria-disabled={remove.isPending || undefined}
              onClick={() => {
                if (!remove.isPending) remove.mutate(productId, { onSuccess: onDeleted });
              }}
              data-testid="confirm-delete"
            >
              {remove.isPending ? t('delete.deleting') : t('delete.confirm')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                remove.reset();
                focusBack.current = true;
                setConfirming(false);
              }}
            >
              {t('delete.cancel')}
            </button>
          </div>
          {error ? (
            <p role="alert" className="field__error">
              {t('delete.error', { message: isApiError(error) ? error.message : '' })}
            </p>
          ) : null}
        </div>
      ) : (
        <button
          type="button"
          className="button button--danger-ghost"
          onClick={() => setConfirming(true)}
          ref={(element) => {
            if (element && focusBack.current) {
              focusBack.current = false;
              element.focus();
            }
          }}
          data-testid="product-delete"
        >
          {t('delete.button')}
        </button>
      )}
    </section>
  );
}
