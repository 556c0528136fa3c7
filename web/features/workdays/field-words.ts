// A field the server names ("commune.pours.0.volumeM3", "group.attendance.1.fullDay") told in the
// words of the form's own labels, so a clerk reads "Bê tông đoạn 1 (m³)" and never the code.
import type { TFunction } from 'i18next';

/**
 * The form's label for a field path, or null when the path names the record as a whole.
 * `agencies` are the group's member agencies in the order the form sends them.
 */
export function fieldInWords(field: string, t: TFunction, agencies: readonly string[] = []): string | null {
  const path = field.replace(/^(commune|group)\./, '');
  const [head, index, leaf] = path.split('.');
  const n = Number(index) + 1;
  switch (head) {
    case 'people':
      // "people.fullDay": the second part is the input, not an index.
      if (index === 'fullDay') return `${t('workdays.localPeople')} · ${t('workdays.peopleFull')}`;
      if (index === 'halfDay') return `${t('workdays.localPeople')} · ${t('workdays.peopleHalf')}`;
      return t('workdays.localPeople');
    case 'pours':
      if (index === undefined) return t('workdays.pours');
      if (leaf === 'volumeM3') return t('workdays.volumeNo', { n });
      if (leaf === 'lengthM') return t('workdays.lengthNo', { n });
      if (leaf === 'segmentId') return t('workdays.segmentNo', { n });
      if (leaf === 'finished') return `${t('workdays.pourNo', { n })} · ${t('workdays.finished')}`;
      return t('workdays.pourNo', { n });
    case 'attendance':
      return index === undefined ? t('workdays.groupPart') : agencies[Number(index)] ?? t('workdays.groupPart');
    case 'materials':
      return index === undefined ? t('workdays.materials') : t('workdays.materialNo', { n });
    case 'labourDays':
      return t('workdays.labourDays');
    case 'cancelReason':
      return t('workdays.cancelReason');
    case 'supervisorName': case 'supervisorPhone': case 'weather': case 'incidents':
      return t(`workdays.${head}`);
    case 'note':
      return t(field.startsWith('group.') ? 'workdays.groupNote' : 'workdays.communeNote');
    default:
      return null;
  }
}

/** "Bê tông đoạn 1 (m³): <message>" in the current language; the message alone for the whole record. */
export function findingInWords(f: { field: string; vi: string; en: string }, t: TFunction, lang: string, agencies: readonly string[] = []): string {
  const words = fieldInWords(f.field, t, agencies);
  const message = lang === 'en' ? f.en : f.vi;
  return words ? `${words}: ${message}` : message;
}
