import { applyDecorators } from '@nestjs/common';
import { isEmail, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

/** RFC 5321: a path of at most 256 octets, i.e. 254 for the address between the brackets. */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

/**
 * The local part is an unquoted dot-atom of ASCII letters, digits and the symbols RFC 5322
 * allows there: no quoted strings, spaces, comments, control characters or non-ASCII
 * letters (SMTPUTF8 is not assumed of the relay), no leading, trailing or doubled dot.
 */
const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/**
 * Whether the mailer can send to this address as given: what the SMTP relay and nodemailer
 * accept without quoting or rewriting. Domains are host names with a top-level domain
 * (internationalised names are allowed: nodemailer sends them in punycode); IP literals
 * are not.
 */
export function isDeliverableEmail(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > EMAIL_MAX_LENGTH) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  if (local.length > LOCAL_PART_MAX_LENGTH || !LOCAL_PART.test(local)) return false;
  return isEmail(value, {
    allow_display_name: false,
    allow_utf8_local_part: false,
    allow_ip_domain: false,
    require_tld: true,
  });
}

/** The one email rule of every input that takes an address (registration, checkout, …). */
export function IsDeliverableEmail(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isDeliverableEmail',
        validator: {
          validate: (value) => isDeliverableEmail(value),
          defaultMessage: () =>
            '$property must be an email address we can send to (letters, digits and . _ + - before the @, no quotes or spaces)',
        },
      },
      options,
    ),
    MaxLength(EMAIL_MAX_LENGTH),
  );
}
