// A campaign picker that starts on the current campaign (running today, else next, else latest).
import { Select } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentCampaign, useCampaigns } from './api';

export function CampaignSelect({ value, onChange, error, required, label }: {
  value: number | null; onChange: (id: number | null) => void; error?: string; required?: boolean; label?: string;
}) {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const items = campaigns.data?.items;
  useEffect(() => {
    if (value === null && items?.length) onChange(currentCampaign(items)?.id ?? null);
  }, [value, items, onChange]);
  return (
    <Select
      label={label ?? t('campaigns.campaign')}
      placeholder={campaigns.isPending ? t('common.loading') : t('campaigns.choose')}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v ? Number(v) : null)}
      data={(items ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
      allowDeselect={false}
      required={required}
      error={error}
      style={{ flex: '1 1 280px', maxWidth: 480 }}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
