import type { Language } from '@hirfa/shared';

/** What a template produces: the subject and the same message as plain text and as HTML. */
export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** Where an order goes, as much as an email needs to show (no street or phone). */
export interface ShippingSummary {
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2 code, such as MA. */
  country: string;
}

export interface EmailLine {
  title: string;
  quantity: number;
  /** A second line under the title, such as the shop that sells it. */
  detail?: string;
  /** Already formatted for the reader. */
  amount: string;
}

/** The parts every email is made of; values are raw text, escaped only by the layout. */
export interface EmailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  linesHeading: string;
  lines: EmailLine[];
  totalLabel: string;
  total: string;
  shippingLabel: string;
  shipping: ShippingSummary;
  action: { label: string; url: string };
}

const LOCALE_BY_LANGUAGE: Record<Language, string> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en' };

const FOOTER: Record<Language, string> = {
  fr: 'Hirfa, l’artisanat de Marrakech-Safi',
  ar: 'حرفة، الصناعة التقليدية لجهة مراكش آسفي',
  en: 'Hirfa, crafts of Marrakech-Safi',
};

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Makes any text safe inside HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Links point at our own pages; a javascript: or data: URL would be a way to attack readers. */
export function safeLink(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`Email links must be http(s) URLs, got ${parsed.protocol}`);
  }
  return parsed.href;
}

export function countryName(code: string, language: Language): string {
  try {
    const names = new Intl.DisplayNames([LOCALE_BY_LANGUAGE[language]], { type: 'region' });
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** French typography puts a space before a colon. */
export function labelled(language: Language, label: string, value: string): string {
  return language === 'fr' ? `${label} : ${value}` : `${label}: ${value}`;
}

function shippingText(shipping: ShippingSummary, language: Language): string {
  const separator = language === 'ar' ? '، ' : ', ';
  return [shipping.name, shipping.city, countryName(shipping.country, language)].join(separator);
}

function renderText(content: EmailContent, language: Language, link: string): string {
  const lines = content.lines.map((line) => {
    const detail = line.detail ? ` (${line.detail})` : '';
    return `- ${labelled(language, `${line.quantity} × ${line.title}${detail}`, line.amount)}`;
  });
  return [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    content.linesHeading,
    ...lines,
    labelled(language, content.totalLabel, content.total),
    '',
    labelled(language, content.shippingLabel, shippingText(content.shipping, language)),
    '',
    labelled(language, content.action.label, link),
    '',
    `-- ${FOOTER[language]}`,
    '',
  ].join('\n');
}

function renderHtml(content: EmailContent, language: Language, link: string): string {
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  const end = direction === 'rtl' ? 'left' : 'right';
  const cell = 'padding:6px 0;border-bottom:1px solid #eee;vertical-align:top';
  const rows = content.lines
    .map((line) => {
      const detail = line.detail
        ? `<br><span style="color:#777;font-size:13px"><bdi>${escapeHtml(line.detail)}</bdi></span>`
        : '';
      return (
        `<tr><td style="${cell}">${line.quantity} × <bdi>${escapeHtml(line.title)}</bdi>${detail}</td>` +
        `<td style="${cell};text-align:${end};white-space:nowrap"><bdi>${escapeHtml(line.amount)}</bdi></td></tr>`
      );
    })
    .join('\n');
  const paragraphs = content.paragraphs
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="${language}" dir="${direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:16px;background:#f6f1ea;color:#222;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5">
<div dir="${direction}" style="max-width:560px;margin:0 auto;padding:24px;background:#fff">
<p>${escapeHtml(content.greeting)}</p>
${paragraphs}
<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(content.linesHeading)}</h2>
<table role="presentation" style="width:100%;border-collapse:collapse">
${rows}
<tr><td style="padding:8px 0;font-weight:bold">${escapeHtml(content.totalLabel)}</td><td style="padding:8px 0;font-weight:bold;text-align:${end};white-space:nowrap"><bdi>${escapeHtml(content.total)}</bdi></td></tr>
</table>
<p><strong>${escapeHtml(content.shippingLabel)}</strong><br><bdi>${escapeHtml(shippingText(content.shipping, language))}</bdi></p>
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#9c4a1a;color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>
<p style="margin-top:32px;color:#777;font-size:12px">${escapeHtml(FOOTER[language])}</p>
</div>
</body>
</html>
`;
}

/** Lays out a message in the reader's language; every value is escaped here and only here. */
export function renderLayout(content: EmailContent, language: Language): RenderedEmail {
  const link = safeLink(content.action.url);
  return {
    subject: content.subject,
    text: renderText(content, language, link),
    html: renderHtml(content, language, link),
  };
}
