import type { PackError } from '../core/pack-types.ts';
import { formatNumber } from '../ui/format.ts';
import { useLocale } from '../ui/i18n.ts';

/** Megabytes with one decimal, in the language's number style. */
export function megabytes(bytes: number, lang: string): string {
  return formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang);
}

/**
 * Why a file was not imported, in the reader's language, with the checks' own lines (field
 * paths and what is wrong there) listed as they are, and the reassurance that nothing changed.
 */
export function PackErrorBox({ fileName, error }: { fileName: string; error: PackError }) {
  const { t, lang } = useLocale();
  let reason: string;
  let lines: string[] = [];
  switch (error.code) {
    case 'tooLarge':
      reason = t('optionsPackErrorTooLarge', megabytes(error.bytes, lang), megabytes(error.limit, lang));
      break;
    case 'notUtf8':
      reason = t('optionsPackErrorNotUtf8');
      break;
    case 'badJson':
      reason = t('optionsPackErrorBadJson', String(error.line), String(error.column));
      lines = [error.detail];
      break;
    case 'notDataset':
      reason = t('optionsPackErrorNotDataset');
      lines = error.more ? [...error.problems, t('optionsPackErrorMore', String(error.more))] : error.problems;
      break;
    case 'noRoom':
      reason = t('optionsPackErrorNoRoom', megabytes(error.limit, lang), megabytes(error.used, lang));
      break;
    case 'storage':
      reason = t('optionsPackErrorStorage');
      lines = [error.detail];
      break;
  }
  return (
    <div class="error pack-error" role="alert">
      <p class="pack-error-title">{t('optionsPackErrorTitle', fileName)}</p>
      <p>{reason}</p>
      {lines.length > 0 && (
        <ul class="pack-problems">
          {lines.map((l) => (
            <li key={l}>
              <code>{l}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
