// What saving would answer, shown before saving: refusals (the record cannot be saved as it is) and
// plausibility warnings (it can, and the warnings are kept with it for the office), each line
// naming the field in the form's own words.
import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { findingInWords } from './field-words';
import type { CheckResult, Finding } from './use-workday-check';

function Lines({ items, agencies, testId }: { items: Finding[]; agencies: readonly string[]; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {items.map((f, i) => <List.Item key={`${f.field}-${i}`} data-testid={testId}>{findingInWords(f, t, i18n.language, agencies)}</List.Item>)}
    </List>
  );
}

export function CheckFindings({ result, agencies }: { result: CheckResult | null; agencies: readonly string[] }) {
  const { t } = useTranslation();
  if (!result) return null;
  const refusals = result.refusals;
  return (
    <>
      {!result.ok && (
        <Alert color="red" icon={<IconBan size={18} />} title={t('workdays.check.refusedTitle')} data-testid="check-refusals">
          {refusals.length ? <Lines items={refusals} agencies={agencies} testId="check-refusal" />
            : <Text size="sm">{t(`errors.${result.error ?? 'UNKNOWN'}`, { defaultValue: t('errors.UNKNOWN') })}</Text>}
        </Alert>
      )}
      {result.warnings.length > 0 && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('workdays.check.warningsTitle')} data-testid="check-warnings">
          <Lines items={result.warnings} agencies={agencies} testId="check-warning" />
          <Text size="xs" c="dimmed" mt={4}>{t('workdays.check.warningsHint')}</Text>
        </Alert>
      )}
    </>
  );
}

/** The warnings kept with a saved record. */
export function KeptWarnings({ warnings }: { warnings: Finding[] }) {
  const { t } = useTranslation();
  if (!warnings.length) return null;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle size={18} />} title={t('workdays.check.keptTitle')} data-testid="kept-warnings" mb="sm">
      <Lines items={warnings} agencies={[]} testId="kept-warning" />
    </Alert>
  );
}
