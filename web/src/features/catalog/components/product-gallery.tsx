import { useState } from 'react';
import type { ProductImage } from '@hirfa/shared';
import { useTranslation } from '@/lib/i18n';

export function ProductGallery({ images }: { images: readonly ProductImage[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  const current = images[Math.min(selected, images.length - 1)];

  if (!current) {
    return (
      <div className="gallery">
        <div className="gallery__empty">{t('product.noImage')}</div>
      </div>
    );
  }

  return (
    <section className="gallery" aria-label={t('product.gallery')}>
      {/* The main photo is the page's largest element: fetched first, never lazily. */}
      <img
        key={current.url}
        className="gallery__main"
        src={current.url}
        width={current.width}
        height={current.height}
        alt={current.alt}
        fetchPriority="high"
      />
      {images.length > 1 ? (
        <ul className="gallery__thumbs">
          {images.map((image, index) => (
            <li key={image.url}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={index === selected}
                aria-label={t('product.showImage', { index: index + 1 })}
                onClick={() => setSelected(index)}
              >
                <img
                  src={image.thumbUrl}
                  width={image.thumbWidth}
                  height={image.thumbHeight}
                  alt=""
                  loading="lazy"
                  decoding="async"
                />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
