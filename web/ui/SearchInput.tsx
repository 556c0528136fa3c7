// A search box that reports its text after the user pauses typing, so lists query the API once.
import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';

export function SearchInput({ label, placeholder, onSearch, initial = '' }: {
  label: string; placeholder?: string; onSearch: (q: string) => void; initial?: string;
}) {
  const [value, setValue] = useState(initial);
  const [debounced] = useDebouncedValue(value.trim(), 300);
  useEffect(() => onSearch(debounced), [debounced, onSearch]);
  return (
    <TextInput
      aria-label={label}
      placeholder={placeholder ?? label}
      leftSection={<IconSearch size={16} />}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      rightSection={value ? <CloseButton size="sm" aria-label="×" onClick={() => setValue('')} /> : null}
      style={{ flex: '1 1 220px', maxWidth: 420 }}
    />
  );
}
