import { Fragment, type ReactNode } from 'react';

interface SlottedTextProps {
  /** A translated text, asked for without values so that its `{{name}}` placeholders remain. */
  text: string;
  slots: Readonly<Record<string, ReactNode>>;
}

/**
 * Fills a text's placeholders with elements instead of strings (an amount from `<Money>`, a
 * reader's words isolated with `<bdi>`), so each language keeps its own word order.
 */
export function SlottedText({ text, slots }: SlottedTextProps) {
  return text
    .split(/\{\{\s*(\w+)\s*\}\}/)
    .map((part, index) => (
      <Fragment key={index}>
        {index % 2 === 0 ? part : Object.hasOwn(slots, part) ? slots[part] : `{{${part}}}`}
      </Fragment>
    ));
}
