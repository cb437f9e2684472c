import { useId, useState, type ChangeEvent } from 'react';
import {
  MAX_PRODUCT_IMAGES,
  PRODUCT_IMAGE_TYPES,
  SELLER_PRODUCT_LIMITS as LIMITS,
  type SellerProduct,
} from '@hirfa/shared';
import { isApiError } from '@/lib/api-client';
import { useDeleteProductImage } from '../api/delete-product-image';
import { useUploadProductImage } from '../api/upload-product-image';
import { useSellerTexts } from '../i18n';
import { photoProblemBeforeUpload, photoProblemOf, type PhotoProblem } from '../utils/photo-errors';
import { productTitle } from '../utils/product-title';
import { describedBy, FieldHint } from './form-controls';

const ACCEPT = PRODUCT_IMAGE_TYPES.join(',');

interface Progress {
  current: number;
  total: number;
}

/** The product's photos: taken or chosen on the phone, sent one by one, each deletable. */
export function ProductPhotos({ product }: { product: SellerProduct }) {
  const { t, language } = useSellerTexts();
  const baseId = useId();
  const upload = useUploadProductImage(product.id);
  const remove = useDeleteProductImage(product.id);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [alt, setAlt] = useState('');
  const [deletingId, setDeletingId] = useState<string | null>(null);

  const count = product.images.length;
  const remaining = MAX_PRODUCT_IMAGES - count;
  const busy = progress !== null;
  const full = remaining <= 0;

  function describe(problem: PhotoProblem, name: string): string {
    if (problem.code === 'errorOther')
      return t('photos.errorOther', { name, message: problem.message });
    return t(`photos.${problem.code}`, { name, max: MAX_PRODUCT_IMAGES });
  }

  async function handleFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that choosing the same file again, after an error, still sends it.
    event.target.value = '';
    if (files.length === 0 || busy) return;

    const problems: string[] = [];
    const toSend: File[] = [];
    for (const file of files) {
      const problem = photoProblemBeforeUpload(file);
      if (problem) problems.push(describe(problem, file.name));
      else if (toSend.length < remaining) toSend.push(file);
      else problems.push(describe({ code: 'errorTooMany' }, file.name));
    }

    const fallbackAlt = productTitle(product.title, language)?.text ?? '';
    const altText = (alt.trim() || fallbackAlt).slice(0, LIMITS.imageAltMaxLength);
    let sent = 0;
    setErrors([]);
    setStatus(null);
    for (const [index, file] of toSend.entries()) {
      setProgress({ current: index + 1, total: toSend.length });
      try {
        await upload.mutateAsync({ file, alt: altText });
        sent += 1;
      } catch (error) {
        problems.push(describe(photoProblemOf(error), file.name));
        // Past the limit, or without a shop, the next files would be refused the same way.
        if (isApiError(error) && (error.status === 409 || error.status === 403)) {
          for (const skipped of toSend.slice(index + 1)) {
            problems.push(describe(photoProblemOf(error), skipped.name));
          }
          break;
        }
      }
    }
    setProgress(null);
    setErrors(problems);
    if (sent > 0) {
      setAlt('');
      setStatus(t('photos.uploaded', { count: sent }));
    }
  }

  async function handleDelete(imageId: string) {
    setDeletingId(imageId);
    setErrors([]);
    setStatus(null);
    try {
      await remove.mutateAsync(imageId);
      setStatus(t('photos.deleted'));
    } catch (error) {
      setErrors([t('photos.errorDelete', { message: isApiError(error) ? error.message : '' })]);
    } finally {
      setDeletingId(null);
    }
  }

  const altId = `${baseId}-alt`;
  const takeId = `${baseId}-take`;
  const chooseId = `${baseId}-choose`;
  const introId = `${baseId}-intro`;

  return (
    <section className="photos" aria-labelledby={`${baseId}-title`}>
      <h2 id={`${baseId}-title`} className="photos__title">
        {t('photos.title')}
      </h2>
      <p id={introId} className="photos__intro">
        {t('photos.intro', { max: MAX_PRODUCT_IMAGES })}{' '}
        <strong>{t('photos.count', { count, max: MAX_PRODUCT_IMAGES })}</strong>
      </p>

      {count > 0 ? (
        <ul className="photos__grid" aria-label={t('photos.list')} aria-busy={busy || undefined}>
          {product.images.map((image, index) => (
            <li key={image.id} className="photos__item" data-testid="photo-item">
              <img
                src={image.thumbUrl}
                width={image.thumbWidth}
                height={image.thumbHeight}
                alt={image.alt}
                loading="lazy"
                decoding="async"
              />
              {index === 0 ? <span className="photos__main">{t('photos.main')}</span> : null}
              <button
                type="button"
                className="button button--ghost photos__delete"
                aria-disabled={deletingId !== null || undefined}
                onClick={() => {
                  if (deletingId === null) void handleDelete(image.id);
                }}
              >
                {deletingId === image.id
                  ? t('photos.deleting')
                  : t('photos.delete', { index: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="photos__empty">{t('photos.none')}</p>
      )}

      {full ? (
        <p className="photos__full">{t('photos.full', { max: MAX_PRODUCT_IMAGES })}</p>
      ) : (
        <div className="photos__add">
          <div className="field">
            <label htmlFor={altId} className="field__label">
              {t('photos.altLabel')} <span className="field__optional">{t('form.optional')}</span>
            </label>
            <input
              id={altId}
              type="text"
              className="field__control"
              dir="auto"
              maxLength={LIMITS.imageAltMaxLength}
              value={alt}
              onChange={(event) => setAlt(event.target.value)}
              {...describedBy(altId, { hint: true })}
            />
            <FieldHint id={altId}>{t('photos.altHint')}</FieldHint>
          </div>
          <div className="photos__buttons">
            <div className="file-button">
              <input
                id={takeId}
                type="file"
                accept={ACCEPT}
                capture="environment"
                className="file-button__input"
                disabled={busy}
                onChange={(event) => void handleFiles(event)}
                aria-describedby={introId}
                data-testid="photo-input"
              />
              <label htmlFor={takeId} className="button button--primary file-button__label">
                {t('photos.take')}
              </label>
            </div>
            <div className="file-button">
              <input
                id={chooseId}
                type="file"
                accept={ACCEPT}
                multiple
                className="file-button__input"
                disabled={busy}
                onChange={(event) => void handleFiles(event)}
                aria-describedby={introId}
                data-testid="photo-input-gallery"
              />
              <label htmlFor={chooseId} className="button button--ghost file-button__label">
                {t('photos.choose')}
              </label>
            </div>
          </div>
        </div>
      )}

      <div role="status" className="photos__status">
        {progress ? (
          <p className="photos__progress">
            <progress aria-hidden="true" />
            {t('photos.uploading', { current: progress.current, total: progress.total })}
          </p>
        ) : null}
        {status ? <p>{status}</p> : null}
      </div>
      {errors.length > 0 ? (
        <div role="alert" className="photos__errors" data-testid="photo-error">
          {errors.map((message, index) => (
            <p key={index}>{message}</p>
          ))}
        </div>
      ) : null}
    </section>
  );
}
