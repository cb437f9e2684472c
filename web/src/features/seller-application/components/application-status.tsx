// The refusal of a submission is shown as the shared form controls show an error.
import '@/components/form/form.css';
import '../apply.css';
import { useId } from 'react';
import { Link } from 'wouter';
import { CRAFTS, LANGUAGES, PROVINCES, type SellerApplication } from '@hirfa/shared';
import { useSubmitApplication } from '../api/submit-application';
import { useApplyTexts } from '../i18n';
import { errorKind, errorMessage } from '../utils/api-errors';
import { formatDay } from '../utils/dates';
import { latestReason } from '../utils/history';
import { StatusBadge } from './status-badge';
import { StatusTimeline } from './status-timeline';

const EXPLANATION = {
  draft: 'status.explainDraft',
  submitted: 'status.explainSubmitted',
  approved: 'status.explainApproved',
  rejected: 'status.explainRejected',
  suspended: 'status.explainSuspended',
} as const;

/** Where the applicant's application stands, what the chamber said, and what to do next. */
export function ApplicationStatus({ application }: { application: SellerApplication }) {
  const { t, language } = useApplyTexts();
  const submit = useSubmitApplication();
  const statusId = useId();
  const detailsId = useId();
  const historyId = useId();
  const status = application.status;
  const rejection = status === 'rejected' ? latestReason(application, 'rejected') : null;
  const suspension = status === 'suspended' ? latestReason(application, 'suspended') : null;
  const province = PROVINCES.find((entry) => entry.code === application.province);
  const craftName = (slug: string) =>
    CRAFTS.find((entry) => entry.slug === slug)?.name[language] ?? slug;
  let submitError: string | null = null;
  if (submit.error) {
    const kind = errorKind(submit.error);
    submitError =
      kind === 'other'
        ? t('errors.generic', { message: errorMessage(submit.error) })
        : t(`errors.${kind}`);
  }

  return (
    <>
      <section className="status-card" aria-labelledby={statusId}>
        <h2 id={statusId} className="status-card__heading">
          {t('status.statusLabel')} <StatusBadge status={status} />
        </h2>
        <p>{t(EXPLANATION[status])}</p>

        {rejection ? (
          <div className="reason-box" data-testid="application-rejection-reason">
            <p className="reason-box__title">{t('status.rejectionReason')}</p>
            <p className="reason-box__text">{rejection}</p>
          </div>
        ) : null}
        {suspension ? (
          <div className="reason-box" data-testid="application-suspension-reason">
            <p className="reason-box__title">{t('status.suspensionReason')}</p>
            <p className="reason-box__text">{suspension}</p>
          </div>
        ) : null}

        <div className="apply-actions">
          {application.editable ? (
            <Link
              to="/apply/edit"
              className={status === 'rejected' ? 'button button--primary' : 'button'}
              data-testid="application-resubmit"
            >
              {status === 'rejected' ? t('status.editAndResubmit') : t('status.editDraft')}
            </Link>
          ) : null}
          {status === 'draft' ? (
            <button
              type="button"
              className="button button--primary"
              data-testid="application-send-draft"
              disabled={submit.isPending}
              onClick={() => submit.mutate()}
            >
              {submit.isPending ? t('status.sending') : t('status.sendDraft')}
            </button>
          ) : null}
          {status === 'approved' && application.shopSlug ? (
            <>
              <Link to="/seller" className="button button--primary">
                {t('status.sellerSpace')}
              </Link>
              <Link
                to={`/sellers/${encodeURIComponent(application.shopSlug)}`}
                className="button"
                data-testid="application-shop-link"
              >
                {t('status.viewShop')}
              </Link>
            </>
          ) : null}
        </div>
        {submitError ? (
          <p role="alert" className="field__error">
            {submitError}
          </p>
        ) : null}
        <p role="status" className="status-card__note">
          {submit.isSuccess ? t('status.sent') : ''}
        </p>
      </section>

      <section className="status-card" aria-labelledby={historyId}>
        <h2 id={historyId}>{t('status.historyTitle')}</h2>
        <StatusTimeline history={application.history} />
      </section>

      <section className="status-card" aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t('status.detailsTitle')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('status.kind')}</dt>
            <dd>{t(`kinds.${application.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('status.name')}</dt>
            <dd>{application.name}</dd>
          </div>
          <div>
            <dt>{t('status.province')}</dt>
            <dd>{province?.name[language] ?? application.province}</dd>
          </div>
          <div>
            <dt>{t('status.craft')}</dt>
            <dd>{craftName(application.craft)}</dd>
          </div>
          {application.workshopAddress ? (
            <div>
              <dt>{t('status.address')}</dt>
              <dd>{application.workshopAddress}</dd>
            </div>
          ) : null}
          {application.phone ? (
            <div>
              <dt>{t('status.phone')}</dt>
              <dd>
                <bdi dir="ltr">{application.phone}</bdi>
              </dd>
            </div>
          ) : null}
          {application.artisanCardNumber ? (
            <div>
              <dt>{t('status.cardNumber')}</dt>
              <dd>
                <bdi dir="ltr">{application.artisanCardNumber}</bdi>
              </dd>
            </div>
          ) : null}
          {application.artisanCardExpiresOn ? (
            <div>
              <dt>{t('status.cardExpiry')}</dt>
              <dd>{formatDay(application.artisanCardExpiresOn, language)}</dd>
            </div>
          ) : null}
          {application.registrationNumber ? (
            <div>
              <dt>{t('status.registration')}</dt>
              <dd>
                <bdi dir="ltr">{application.registrationNumber}</bdi>
              </dd>
            </div>
          ) : null}
          {application.members.length > 0 ? (
            <div>
              <dt>{t('status.members')}</dt>
              <dd>
                <ul className="plain-list">
                  {application.members.map((member) => (
                    <li key={member.id}>
                      {member.name} — {craftName(member.craft)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null}
          {LANGUAGES.filter((code) => application.bio[code]).map((code) => (
            <div key={code}>
              <dt>
                {t('status.bio')} ({t(`languages.${code}`)})
              </dt>
              <dd lang={code} dir={code === 'ar' ? 'rtl' : 'ltr'} className="facts-list__text">
                {application.bio[code]}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
