// The save step every create/edit modal shares: run the request, refresh the lists it touches,
// say "saved" with the record's name and close — or put the server's field errors on the form.
// The save carries one Idempotency-Key per action (action-key.ts), and a second tap while it runs
// is ignored, so a double tap saves once.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionKey } from './action-key';
import type { useFormErrors } from './errors';

export function useSaveForm<T extends object>(opts: {
  save: () => Promise<T>;
  /** True when editing an existing record (the message says "saved" instead of "created"). */
  isEdit: boolean;
  /** Query keys whose lists show this record. */
  invalidate: string[];
  errors: ReturnType<typeof useFormErrors>;
  onClose: () => void;
  /** The name the message shows; by default the record's `name`. */
  nameOf?: (saved: T) => string;
  /** What else to do once saved (after closing), such as opening the new record. */
  onSaved?: (saved: T) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const action = useActionKey();
  const running = useRef(false);
  const mutation = useMutation({
    mutationFn: () => action.run(opts.save),
    onSettled: (_data, err) => {
      running.current = false;
      action.settled(err ?? undefined);
    },
    onSuccess: (saved) => {
      for (const key of opts.invalidate) void client.invalidateQueries({ queryKey: [key] });
      const name = opts.nameOf ? opts.nameOf(saved) : String((saved as { name?: unknown }).name ?? '');
      notifications.show({ color: 'teal', message: t(opts.isEdit ? 'common.savedNamed' : 'common.createdNamed', { name }) });
      opts.onClose();
      opts.onSaved?.(saved);
    },
    onError: opts.errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (running.current) return; // the second tap of a double tap, before the button shows it is busy
    running.current = true;
    opts.errors.clear();
    mutation.mutate();
  }
  return { save: mutation, submit };
}
