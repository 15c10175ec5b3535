import type { CombinedError } from '@urql/core';

/** The stable codes the API puts in `extensions.code`, plus NETWORK for no answer. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION_FAILED',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
  'NETWORK',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Bad input: `field` is the input path, such as `input.rule.cron.expression`. */
export interface ValidationError {
  code: 'VALIDATION_FAILED';
  message: string;
  field: string;
  reason: string;
}

export interface OtherError {
  code: Exclude<ErrorCode, 'VALIDATION_FAILED'>;
  message: string;
}

/** One error the API answered with, keyed by its code. */
export type ApiError = ValidationError | OtherError;

function isCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The error as the API sent it, read from a GraphQL error's extensions. */
export function fromGraphQLError(message: string, extensions: Record<string, unknown> | undefined): ApiError {
  const code = isCode(extensions?.code) ? extensions.code : 'INTERNAL';
  if (code === 'VALIDATION_FAILED') {
    const field = typeof extensions?.field === 'string' ? extensions.field : '';
    const reason = typeof extensions?.reason === 'string' ? extensions.reason : message;
    return { code, message, field, reason };
  }
  return { code, message };
}

/** Every error of a failed request, typed by code. */
export function apiErrors(error: CombinedError | undefined | null): ApiError[] {
  if (!error) return [];
  const found = error.graphQLErrors.map((e) => fromGraphQLError(e.message, e.extensions));
  if (error.networkError) {
    found.push({ code: 'NETWORK', message: `The server could not be reached (${error.networkError.message}).` });
  }
  if (found.length === 0) found.push({ code: 'INTERNAL', message: error.message });
  return found;
}

export function hasCode(error: CombinedError | undefined | null, code: ErrorCode): boolean {
  return apiErrors(error).some((e) => e.code === code);
}

const PLAIN: Partial<Record<ErrorCode, string>> = {
  FORBIDDEN: 'Your role does not allow this.',
  INTERNAL: 'The server ran into an error; see its log for details.',
  RATE_LIMITED: 'Too many attempts; wait a moment and try again.',
};

/** A sentence to show a person. */
export function describe(error: ApiError): string {
  if (error.code === 'VALIDATION_FAILED') {
    return error.field ? `${error.field}: ${error.reason}` : error.reason;
  }
  if (error.code === 'INTERNAL') return PLAIN.INTERNAL ?? error.message;
  return error.message || PLAIN[error.code] || error.code;
}
