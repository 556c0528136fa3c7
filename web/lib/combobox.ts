// Accent-insensitive filtering for Mantine pickers: typing "van hoa" finds "Phòng Văn hóa…",
// folded the same way as the API's search (domain/text.ts).
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { foldVietnamese } from '../../domain/text';

function matches(item: ComboboxItem, words: string[]): boolean {
  const key = foldVietnamese(item.label);
  return words.every((w) => key.includes(w));
}

export const accentFilter: OptionsFilter = ({ options, search, limit }) => {
  const words = foldVietnamese(search).split(' ').filter(Boolean);
  if (!words.length) return options.slice(0, limit);
  const out: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (out.length >= limit) break;
    if ('group' in option) {
      const items = option.items.filter((i) => matches(i, words));
      if (items.length) out.push({ group: option.group, items });
    } else if (matches(option, words)) {
      out.push(option);
    }
  }
  return out;
};
