import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import { LANGUAGES, type SellerApplicationDetail } from '@hirfa/shared';
import { useChamberTexts } from '../i18n';
import { formatDay, formatMoment, todayInMorocco } from '../utils/dates';
import { craftName, provinceName } from '../utils/names';
import { DecisionPanel } from './decision-panel';
import { StatusBadge } from './status-badge';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Everything the applicant gave, what was decided so far, and what can be decided now. */
export function ApplicationDetail({ application }: { application: SellerApplicationDetail }) {
  const { t, language } = useChamberTexts();
  const applicantId = useId();
  const sellerId = useId();
  const membersId = useId();
  const bioId = useId();
  const historyId = useId();
  const notGiven = <span className="muted">{t('detail.notGiven')}</span>;
  const expiry = application.artisanCardExpiresOn;
  const expired = expiry !== null && expiry < todayInMorocco();
  const bios = LANGUAGES.filter((code) => application.bio[code]);

  return (
    <article className="application">
      <p>
        <Link to="/chamber">{t('detail.back')}</Link>
      </p>
      <header className="application__header">
        <h1>{application.name}</h1>
        <p className="application__state">
          {t('detail.state')} <StatusBadge status={application.status} testId="application-state" />
        </p>
      </header>

      <div className="application__layout">
        <div className="application__main">
          <section className="panel" aria-labelledby={sellerId}>
            <h2 id={sellerId}>{t('detail.sellerTitle')}</h2>
            <dl className="facts-list">
              <Fact label={t('detail.kind')}>{t(`kinds.${application.kind}`)}</Fact>
              <Fact label={t('detail.province')}>
                {provinceName(application.province, language)}
              </Fact>
              <Fact label={t('detail.craft')}>{craftName(application.craft, language)}</Fact>
              <Fact label={t('detail.address')}>{application.workshopAddress ?? notGiven}</Fact>
              <Fact label={t('detail.phone')}>
                {application.phone ? (
                  <a href={`tel:${application.phone}`} dir="ltr">
                    {application.phone}
                  </a>
                ) : (
                  notGiven
                )}
              </Fact>
              {application.kind === 'artisan' ? (
                <>
                  <Fact label={t('detail.cardNumber')}>
                    {application.artisanCardNumber ? (
                      <span dir="ltr">{application.artisanCardNumber}</span>
                    ) : (
                      notGiven
                    )}
                  </Fact>
                  <Fact label={t('detail.cardExpiry')}>
                    {expiry ? (
                      <>
                        {formatDay(expiry, language)}
                        {expired ? (
                          <strong className="tag tag--danger">{t('detail.cardExpired')}</strong>
                        ) : null}
                      </>
                    ) : (
                      notGiven
                    )}
                  </Fact>
                </>
              ) : (
                <Fact label={t('detail.registration')}>
                  {application.registrationNumber ? (
                    <span dir="ltr">{application.registrationNumber}</span>
                  ) : (
                    notGiven
                  )}
                </Fact>
              )}
              {application.slug ? (
                <Fact label={t('detail.shop')}>
                  <Link to={`/sellers/${encodeURIComponent(application.slug)}`}>
                    /sellers/{application.slug}
                  </Link>
                </Fact>
              ) : null}
              <Fact label={t('detail.createdAt')}>
                {formatMoment(application.createdAt, language)}
              </Fact>
              {application.submittedAt ? (
                <Fact label={t('detail.submittedAt')}>
                  {formatMoment(application.submittedAt, language)}
                </Fact>
              ) : null}
              {application.approvedAt ? (
                <Fact label={t('detail.approvedAt')}>
                  {formatMoment(application.approvedAt, language)}
                </Fact>
              ) : null}
            </dl>
          </section>

          {application.kind === 'cooperative' ? (
            <section className="panel" aria-labelledby={membersId}>
              <h2 id={membersId}>
                {t('detail.membersTitle')}{' '}
                <span className="muted">
                  ({t('detail.membersCount', { count: application.members.length })})
                </span>
              </h2>
              <ul className="plain-list members-list">
                {application.members.map((member) => (
                  <li key={member.id}>
                    {member.name} — {craftName(member.craft, language)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="panel" aria-labelledby={bioId}>
            <h2 id={bioId}>{t('detail.bioTitle')}</h2>
            {bios.length === 0 ? <p>{t('detail.noBio')}</p> : null}
            {bios.map((code) => (
              <div key={code} className="bio">
                <h3 className="bio__language">{t(`languages.${code}`)}</h3>
                <p lang={code} dir={code === 'ar' ? 'rtl' : 'ltr'} className="bio__text">
                  {application.bio[code]}
                </p>
              </div>
            ))}
          </section>
        </div>

        <div className="application__side">
          <DecisionPanel application={application} />

          <section className="panel" aria-labelledby={applicantId}>
            <h2 id={applicantId}>{t('detail.applicantTitle')}</h2>
            {application.owner ? (
              <dl className="facts-list">
                <Fact label={t('detail.ownerName')}>{application.owner.name}</Fact>
                <Fact label={t('detail.ownerEmail')}>
                  <a href={`mailto:${application.owner.email}`} dir="ltr">
                    {application.owner.email}
                  </a>
                </Fact>
              </dl>
            ) : (
              <p>{t('detail.noOwner')}</p>
            )}
          </section>

          <section className="panel" aria-labelledby={historyId}>
            <h2 id={historyId}>{t('detail.historyTitle')}</h2>
            <ol className="history">
              {application.history.map((change, index) => (
                <li key={`${change.at}-${index}`} className="history__item">
                  <p className="history__move">
                    {change.from
                      ? t('detail.historyMove', {
                          from: t(`statuses.${change.from}`),
                          to: t(`statuses.${change.status}`),
                        })
                      : t('detail.historyCreated', { to: t(`statuses.${change.status}`) })}
                  </p>
                  <p className="history__when">
                    <time dateTime={change.at}>{formatMoment(change.at, language)}</time>
                    {change.by ? ` · ${t('detail.historyBy', { name: change.by.name })}` : null}
                  </p>
                  {change.reason ? (
                    <p className="history__reason">
                      {t('detail.historyReason', { reason: change.reason })}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </article>
  );
}
