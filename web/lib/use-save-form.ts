// The save step every create/edit modal shares: run the request, refresh the lists it touches,
// say "saved" with the record's name and close — or put the server's field errors on the form.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useFormErrors } from './errors';

export function useSaveForm<T extends { name: string }>(opts: {
  save: () => Promise<T>;
  /** True when editing an existing record (the message says "saved" instead of "created"). */
  isEdit: boolean;
  /** Query keys whose lists show this record. */
  invalidate: string[];
  errors: ReturnType<typeof useFormErrors>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: opts.save,
    onSuccess: (saved) => {
      for (const key of opts.invalidate) void client.invalidateQueries({ queryKey: [key] });
      notifications.show({ color: 'teal', message: t(opts.isEdit ? 'common.savedNamed' : 'common.createdNamed', { name: saved.name }) });
      opts.onClose();
    },
    onError: opts.errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    opts.errors.clear();
    mutation.mutate();
  }
  return { save: mutation, submit };
}
