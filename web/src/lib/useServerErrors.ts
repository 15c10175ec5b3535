import { useCallback, useState } from 'react';
import type { CombinedError } from '@urql/core';

import { apiErrors } from './errors';
import { splitServerErrors, type SplitOptions } from './formErrors';

/** The part of a Mantine form this needs. */
interface ErrorTarget {
  getValues: () => unknown;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts a failed request's field errors beside the form's fields and keeps
 * the rest as messages for the form's alert. `apply` returns true when the
 * request succeeded.
 */
export function useServerErrors(form: ErrorTarget, options?: SplitOptions) {
  const [messages, setMessages] = useState<string[]>([]);
  const apply = useCallback(
    (error: CombinedError | undefined | null): boolean => {
      if (!error) {
        setMessages([]);
        return true;
      }
      const split = splitServerErrors(apiErrors(error), form.getValues(), options);
      form.setErrors(split.fields);
      // Take the user to the first field in error.
      window.requestAnimationFrame(() => {
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      setMessages(split.other.length || Object.keys(split.fields).length ? split.other : [error.message]);
      return false;
    },
    [form, options],
  );
  const clear = useCallback(() => setMessages([]), []);
  return { messages, apply, clear };
}
