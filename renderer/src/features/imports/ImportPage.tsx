import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportKind, ImportPreview } from '../../../../shared/contract/imports';
import { IMPORT_FIELDS, IMPORT_KINDS, MAX_IMPORT_BYTES, importFieldLabel } from '../../../../shared/contract/imports';
import { toDutchCsv } from '../../../../shared/domain/csv';
import { ApiError, call } from '../../bridge/api';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { downloadFile } from '../../grid/download';
import { toBase64 } from '../../components/FileUpload';

/** One example row per kind, in the template's column order. */
const TEMPLATE_ROWS: Record<ImportKind, (string | number)[]> = {
  complexes: [
    'C9001',
    'Voorbeeldhof',
    'Lindelaan 1',
    '1234 AB',
    'Zaanwijk',
    'Zaanwijk',
    'Centrum',
    'Centrum Noord',
    24,
    'Portiekflat',
  ],
  residents: [
    'C9001',
    'Jan Jansen',
    '12',
    '06 12345678',
    'jan@example.nl',
    'Contact over het tuinproject',
    '01-03-2026',
    'Vrijwilliger, Huismeester',
    '21 of ouder',
  ],
};

/** Why the backend refused a file or a mapping: its first field issue, else its message. */
function refusal(err: unknown, t: TFunction): string {
  const body = err instanceof ApiError ? err.body : null;
  const issue = body?.issues?.[0];
  return issue ? t(issue.messageKey, issue.params) : body ? t(body.messageKey, body.params) : t('err.internal');
}

/**
 * The state of one import: the kind, the file, the column mapping, the backend's preview of it, and the outcome.
 * Every new choice previews again at once; nothing is written until `importRows`.
 */
function useImport() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('complexes');
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const explain = (err: unknown) => setError(refusal(err, t));

  const label = (field: string) => t(importFieldLabel(kind, field));

  async function run(next: { data: string; mapping: Record<string, string> }) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setPreview(await call('imports:preview', { kind, dataBase64: next.data, mapping: next.mapping }));
    } catch (err) {
      setPreview(null);
      explain(err);
    } finally {
      setBusy(false);
    }
  }

  async function importRows(onlyValid: boolean) {
    if (!file) return;
    setBusy(true);
    try {
      const result = await call('imports:run', { kind, dataBase64: file.data, mapping, onlyValid });
      setDone(
        t('import.done', { created: result.created, updated: result.updated, skipped: onlyValid ? result.invalid : 0 }),
      );
      setPreview(null);
    } catch (err) {
      explain(err);
    } finally {
      setBusy(false);
    }
  }

  /** A file was picked: read it and preview the import at once. */
  async function choose(chosen: File | undefined) {
    if (!chosen) return;
    // Said at once, before reading 50 MB into the page; the backend checks the same limit.
    if (chosen.size > MAX_IMPORT_BYTES) {
      setPreview(null);
      setError(t('err.import.tooLarge'));
      return;
    }
    const data = toBase64(await chosen.arrayBuffer());
    setFile({ name: chosen.name, data });
    setMapping({});
    await run({ data, mapping: {} });
  }

  function chooseKind(next: ImportKind) {
    setKind(next);
    setFile(null);
    setPreview(null);
    setMapping({});
    setDone(null);
    setError(null);
  }
  function remap(next: Record<string, string>) {
    setMapping(next);
    if (file) void run({ data: file.data, mapping: next });
  }
  const cancel = () => {
    setPreview(null);
    setFile(null);
  };
  return { kind, chooseKind, file, choose, mapping, remap, preview, error, done, busy, importRows, cancel, label };
}

/**
 * Import complexes or residents from XLSX or CSV: template, column mapping, a row-by-row report, then all or only
 * the valid rows.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { kind, chooseKind, file, choose, mapping, remap, preview, error, done, busy, importRows, cancel, label } =
    useImport();
  const template = () =>
    downloadFile(
      t(`import.templateName.${kind}`),
      toDutchCsv(IMPORT_FIELDS[kind].map(label), [TEMPLATE_ROWS[kind]]),
      'text/csv;charset=utf-8',
    );

  return (
    <>
      <PageHeader
        title={t('nav.import')}
        subtitle={t('import.intro')}
        actions={
          <button type="button" className="button button--secondary" onClick={template}>
            {t('import.template')}
          </button>
        }
      />
      {error ? <Alert kind="error">{error}</Alert> : null}
      {done ? <Alert kind="success">{done}</Alert> : null}
      <section className="panel">
        <fieldset className="checks">
          <legend>{t('import.kind')}</legend>
          {IMPORT_KINDS.map((k) => (
            <label key={k} className="inline-check">
              <input type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => chooseKind(k)} />
              {t(`import.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('import.file')}</span>
          <input
            key={kind}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </label>
      </section>
      {preview && file ? (
        <>
          <ColumnMapping kind={kind} preview={preview} mapping={mapping} label={label} onChange={remap} />
          <ImportReport
            kind={kind}
            preview={preview}
            label={label}
            busy={busy}
            onImport={(onlyValid) => void importRows(onlyValid)}
            onCancel={cancel}
          />
        </>
      ) : null}
    </>
  );
}

type Label = (field: string) => string;

/** Which column of the file fills which field; an unmapped field shows the column found for it by its name. */
function ColumnMapping({
  kind,
  preview,
  mapping,
  label,
  onChange,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  mapping: Record<string, string>;
  label: Label;
  onChange: (next: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('import.mapping')}</h2>
      <div className="form__grid">
        {IMPORT_FIELDS[kind].map((field) => (
          <label key={field} className="field">
            <span>{label(field)}</span>
            <select
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const { [field]: _previous, ...rest } = mapping;
                onChange(e.target.value ? { ...rest, [field]: e.target.value } : rest);
              }}
            >
              <option value="">
                {preview.mapping[field]
                  ? t('import.autoColumn', { column: preview.mapping[field] })
                  : t('import.unmapped')}
              </option>
              {preview.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <MappedSample preview={preview} fields={IMPORT_FIELDS[kind].filter((f) => preview.mapping[f])} label={label} />
    </section>
  );
}

/** Row by row what the import would do and what is wrong; import all, only the valid rows, or stop. */
function ImportReport({
  kind,
  preview,
  label,
  busy,
  onImport,
  onCancel,
}: {
  kind: ImportKind;
  preview: ImportPreview;
  label: Label;
  busy: boolean;
  onImport: (onlyValid: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="report-title">
      <h2 id="report-title">{t('import.report', { valid: preview.valid, invalid: preview.invalid })}</h2>
      <table className="rules-table">
        <thead>
          <tr>
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t(`import.identity.${kind}`)}</th>
            <th scope="col">{t('import.action')}</th>
            <th scope="col">{t('import.errors')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.results.map((r) => (
            <tr key={r.row}>
              <th scope="row">{r.row}</th>
              <td>{r.code}</td>
              <td>{t(`import.action.${r.action}`)}</td>
              <td>{r.errors.map((e) => `${label(e.column)}: ${t(e.messageKey, e.params)}`).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button type="button" className="button" disabled={busy || preview.invalid > 0} onClick={() => onImport(false)}>
          {t('import.all')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || preview.valid === 0}
          onClick={() => onImport(true)}
        >
          {t('import.onlyValid', { count: preview.valid })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The file's first rows as the fields will read them, so a wrong mapping shows before anything is imported. */
function MappedSample({
  preview,
  fields,
  label,
}: {
  preview: ImportPreview;
  fields: string[];
  label: (field: string) => string;
}) {
  const { t } = useTranslation();
  const at = (field: string) => preview.columns.indexOf(preview.mapping[field]!);
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('import.sample', { count: preview.sample.length })}
    >
      <table className="rules-table">
        <caption>{t('import.sample', { count: preview.sample.length })}</caption>
        <thead>
          <tr>
            {fields.map((f) => (
              <th key={f} scope="col">
                {label(f)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.sample.map((row, i) => (
            <tr key={i}>
              {fields.map((f) => (
                <td key={f}>{row[at(f)] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
