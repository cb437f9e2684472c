import { useId } from 'react';
import { useLocation } from 'wouter';
import { PasswordForm } from '@/features/auth/components/password-form';
import { ProfileForm } from '@/features/auth/components/profile-form';
import { RequireRole } from '@/features/auth/components/require-role';
import { useAuthTexts } from '@/features/auth/i18n';
import { useSession, useSignOut, type SessionUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

function AccountPage({ user }: { user: SessionUser }) {
  const { t } = useAuthTexts();
  const [, navigate] = useLocation();
  const signOut = useSignOut();
  const profileId = useId();
  const passwordId = useId();
  const sessionId = useId();
  useDocumentTitle(t('account.title'));

  return (
    <div className="container auth-page auth-page--wide">
      <h1>{t('account.title')}</h1>
      <section className="auth-card" aria-labelledby={profileId}>
        <h2 id={profileId}>{t('account.profileTitle')}</h2>
        <dl className="auth-facts">
          <dt>{t('account.email')}</dt>
          <dd>
            <bdi dir="ltr">{user.email}</bdi>
          </dd>
          <dt>{t('account.role')}</dt>
          <dd>{t(`account.roles.${user.role}`)}</dd>
        </dl>
        {/* Keyed on the user so that a fresh sign-in starts from the stored values. */}
        <ProfileForm key={user.id} user={user} />
      </section>
      <section className="auth-card" aria-labelledby={passwordId}>
        <h2 id={passwordId}>{t('account.passwordTitle')}</h2>
        <PasswordForm />
      </section>
      <section className="auth-card" aria-labelledby={sessionId}>
        <h2 id={sessionId}>{t('account.sessionTitle')}</h2>
        <p>{t('account.sessionText')}</p>
        <button
          type="button"
          className="button"
          data-testid="account-sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/') })}
        >
          {t('account.signOut')}
        </button>
      </section>
    </div>
  );
}

function SignedInAccount() {
  const { user } = useSession();
  return user ? <AccountPage user={user} /> : null;
}

export function AccountRoute() {
  return (
    <RequireRole>
      <SignedInAccount />
    </RequireRole>
  );
}
