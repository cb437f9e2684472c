/**
 * Text the API refuses wherever it arrives (JSON bodies, query strings, form fields): C0
 * control characters (NUL included), DEL, C1 controls and lone UTF-16 surrogates. Tab, line
 * feed and carriage return are kept in fields that hold several lines of prose (descriptions,
 * biographies, reasons, notes); everywhere else they are refused too.
 */

// C0 except tab, LF and CR; DEL; C1.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_PROSE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_LINE = /[\u0000-\u001F\u007F-\u009F]/;
// In a `u` pattern a surrogate pair is one code point, so only a lone half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const LONE_SURROGATES = /[\uD800-\uDFFF]/gu;

/** Field names whose values are prose written over several lines. */
const MULTI_LINE_FIELD = /^(description|bio|reason|note|notes|message|comment)/i;

export type UnsafeTextProblem = 'control_character' | 'lone_surrogate';

export function textProblem(text: string, multiLine: boolean): UnsafeTextProblem | null {
  if ((multiLine ? CONTROL_IN_PROSE : CONTROL_IN_LINE).test(text)) return 'control_character';
  if (LONE_SURROGATE.test(text)) return 'lone_surrogate';
  return null;
}

export interface UnsafeTextFinding {
  /** Dotted path from the root, e.g. `shipping.name` or `materials.2`. */
  field: string;
  problem: UnsafeTextProblem;
}

/** A field path as it can be shown back safely, whatever the client sent as a key. */
function printable(key: string): string {
  return (
    key
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      .replace(/[\u0000-\u001F\u007F-\u009F]/g, '?')
      .replace(LONE_SURROGATES, '?')
      .slice(0, 100)
  );
}

/**
 * The first unsafe string (value or key) in a parsed body or query, walked without recursion
 * so that no nesting can exhaust the stack. Multi-line allowance holds for a value when any
 * key on its path names a prose field (so `description.fr` may hold line breaks).
 */
export function findUnsafeText(root: unknown, rootField = ''): UnsafeTextFinding | null {
  const stack: { value: unknown; field: string; multiLine: boolean }[] = [
    { value: root, field: rootField, multiLine: false },
  ];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const { value, field, multiLine } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value, multiLine);
      if (problem) return { field: field || 'body', problem };
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((item, index) => [String(index), item])
      : Object.entries(value);
    for (const [key, child] of entries) {
      const path = field ? `${field}.${printable(key)}` : printable(key);
      const keyProblem = textProblem(key, false);
      if (keyProblem) return { field: path, problem: keyProblem };
      const prose = multiLine || (!Array.isArray(value) && MULTI_LINE_FIELD.test(key));
      stack.push({ value: child, field: path, multiLine: prose });
    }
  }
  return null;
}
