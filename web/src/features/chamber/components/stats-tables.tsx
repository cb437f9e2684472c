import { SELLER_STATUSES, type ChamberStats, type ChamberStatsRow } from '@hirfa/shared';
import { useChamberTexts } from '../i18n';
import { craftName, provinceName } from '../utils/names';

const sum = (rows: readonly ChamberStatsRow[], field: keyof ChamberStatsRow) =>
  rows.reduce((total, row) => total + row[field], 0);

interface CountTableProps {
  caption: string;
  keyLabel: string;
  rows: readonly (ChamberStatsRow & { key: string; name: string })[];
  testId: string;
}

function CountTable({ caption, keyLabel, rows, testId }: CountTableProps) {
  const { t, language } = useChamberTexts();
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-MA' : language);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyLabel}</th>
            <th scope="col" className="data-table__number">
              {t('stats.approvedSellers')}
            </th>
            <th scope="col" className="data-table__number">
              {t('stats.activeProducts')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="data-table__number">{number.format(row.approvedSellers)}</td>
              <td className="data-table__number">{number.format(row.activeProducts)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('stats.total')}</th>
            <td className="data-table__number">{number.format(sum(rows, 'approvedSellers'))}</td>
            <td className="data-table__number">{number.format(sum(rows, 'activeProducts'))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function StatsTables({ stats }: { stats: ChamberStats }) {
  const { t, language } = useChamberTexts();
  const number = new Intl.NumberFormat(language === 'ar' ? 'ar-MA' : language);
  const total = SELLER_STATUSES.reduce((count, status) => count + stats.sellersByStatus[status], 0);

  return (
    <div className="stats">
      <div className="table-scroll">
        <table className="data-table" data-testid="stats-by-status">
          <caption>{t('stats.sellersTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stats.status')}</th>
              <th scope="col" className="data-table__number">
                {t('stats.sellers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SELLER_STATUSES.map((status) => (
              <tr key={status}>
                <th scope="row">{t(`statuses.${status}`)}</th>
                <td className="data-table__number">
                  {number.format(stats.sellersByStatus[status])}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('stats.total')}</th>
              <td className="data-table__number">{number.format(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <CountTable
        caption={t('stats.byProvinceTitle')}
        keyLabel={t('stats.province')}
        testId="stats-by-province"
        rows={stats.byProvince.map((row) => ({
          ...row,
          key: row.province,
          name: provinceName(row.province, language),
        }))}
      />
      <CountTable
        caption={t('stats.byCraftTitle')}
        keyLabel={t('stats.craft')}
        testId="stats-by-craft"
        rows={stats.byCraft.map((row) => ({
          ...row,
          key: row.craft,
          name: craftName(row.craft, language),
        }))}
      />
    </div>
  );
}
