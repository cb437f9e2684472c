import type { UserRole } from '@hirfa/shared';

export const DEMO_PASSWORD = 'demo1234';

/** The demo logins; created by the demo seed only, never in production. */
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: UserRole }[] = [
  { email: 'shopper@demo.hirfa.ma', name: 'Salma Idrissi', role: 'shopper' },
  { email: 'artisan@demo.hirfa.ma', name: 'Abdelkader Benali', role: 'artisan' },
  { email: 'coop@demo.hirfa.ma', name: 'Fatima Ait Ouaziz', role: 'cooperative_admin' },
  { email: 'staff@demo.hirfa.ma', name: 'Youssef El Amrani', role: 'chamber_staff' },
];

export function describeDemoAccounts(): string {
  const lines = DEMO_ACCOUNTS.map(
    (account) =>
      `  ${account.email.padEnd(24)} ${account.role.padEnd(18)} password: ${DEMO_PASSWORD}`,
  );
  return ['Demo accounts:', ...lines].join('\n');
}
