import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_KINDS, type InitiativeDocument } from '../../../../shared/contract/documents';
import { AttachmentLink } from '../../components/AttachmentLink';
import { Disclosure } from '../../components/Disclosure';
import { Field } from '../../components/Field';
import { FileUpload } from '../../components/FileUpload';
import { FormActions } from '../../components/FormActions';
import { FormAlert } from '../../components/FormAlert';
import { formatDate } from '../../components/format';
import { Panel } from '../../components/Panel';
import { useArchiveWithUndo } from '../../components/undo';
import { useCall, useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { type FormDraft, useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

const EMPTY = { attachmentId: '', title: '', kind: 'plan' };

/** "plan-van-aanpak.pdf" → "plan-van-aanpak": a file's name is the title a person would most often give it. */
const withoutExtension = (name: string) => name.replace(/\.[a-z0-9]{1,5}$/i, '');

function formatSize(bytes: number, language: string) {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  const kb = bytes / 1024;
  const [value, unit] = kb < 1024 ? [Math.max(1, Math.round(kb)), 'kB'] : [kb / 1024, 'MB'];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

/** A document's title and kind: the same two fields when it is filed and when it is renamed. */
function TitleAndKind({
  bind,
  errors,
}: {
  bind: FormDraft<{ title: string; kind: string }>['bind'];
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field label={t('document.title')} error={errors.title} required>
        {(p) => <input {...p} {...bind('title')} />}
      </Field>
      <Field label={t('document.kind')} error={errors.kind}>
        {(p) => <VocabSelect {...p} {...bind('kind')} values={DOCUMENT_KINDS} group="documentKind" />}
      </Field>
    </>
  );
}

/** Files a document on the initiative: the file first, then its title (taken from the file's name) and kind. */
function DocumentForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const add = useCommand('documents:add');
  const form = useFormErrors();
  const { values: d, setValues: setD, bind } = useDraft(EMPTY);
  // A new upload field after each saved document, so the next one starts empty.
  const [round, setRound] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  // The file is chosen first; saving without one says so at the file field, before anything is sent.
  const [noFile, setNoFile] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    setNoFile(!d.attachmentId);
    if (!d.attachmentId) return;
    void add.submit({ initiativeId, ...d }, form, {
      onSuccess: (document) => {
        setD(EMPTY);
        setRound(round + 1);
        setSaved(t('document.added', { title: document.title }));
      },
      onError: (e) => form.fromError(e),
    });
  }
  return (
    <form className="form form--inline" onSubmit={submit} noValidate aria-label={t('document.new')}>
      <FormAlert errors={form.errors} />
      {saved ? (
        <p className="notice" role="status">
          {saved}
        </p>
      ) : null}
      <FileUpload
        key={round}
        label={t('document.file')}
        purpose="document"
        accept="application/pdf,image/jpeg,image/png"
        onUploaded={(id, fileName) => {
          setNoFile(false);
          setD((now) => ({
            ...now,
            attachmentId: id ?? '',
            title: now.title || (fileName ? withoutExtension(fileName) : ''),
          }));
        }}
      />
      {noFile || form.errors.fields.attachmentId ? (
        <p className="field__error" role="alert">
          {form.errors.fields.attachmentId ?? t('err.document.noFile')}
        </p>
      ) : null}
      <TitleAndKind bind={bind} errors={form.errors.fields} />
      <button type="submit" className="button button--secondary" disabled={add.isPending}>
        {t('document.add')}
      </button>
    </form>
  );
}

/** Renames a document or changes its kind, in place; a colleague's change in between is refused and said. */
function RenameForm({ doc, onDone }: { doc: InitiativeDocument; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useCommand('documents:update');
  const form = useFormErrors();
  const { values: d, bind } = useDraft({ title: doc.title, kind: String(doc.kind) });
  function submit(event: FormEvent) {
    event.preventDefault();
    void update.submit({ id: doc.id, version: doc.version, ...d }, form, {
      onSuccess: onDone,
      onError: (e) => form.fromError(e),
    });
  }
  return (
    <form
      className="form form--inline work-list__form"
      onSubmit={submit}
      noValidate
      aria-label={t('document.editOf', { title: doc.title })}
    >
      <FormAlert errors={form.errors} />
      <TitleAndKind bind={bind} errors={form.errors.fields} />
      <FormActions saving={update.isPending} onCancel={onDone} />
    </form>
  );
}

/** An initiative's own documents (a plan, a letter, minutes): open, archive with undo, add. */
export function DocumentsPanel({ initiativeId }: { initiativeId: string }) {
  const { t, i18n } = useTranslation();
  const documents = useCall('documents:list', { initiativeId });
  const [editing, setEditing] = useState<string | null>(null);
  const { setArchived, notice } = useArchiveWithUndo(useCommand('documents:setArchived'), (saved) =>
    t('document.archivedMessage', { title: saved.title }),
  );
  return (
    <Panel id="documents-title" title={t('document.panel')}>
      {notice}
      {!documents.data ? (
        <p className="muted" role="status">
          {t('common.loading')}
        </p>
      ) : documents.data.length === 0 ? (
        <p className="muted">{t('document.none')}</p>
      ) : (
        <ul className="work-list">
          {documents.data.map((doc) => (
            <li key={doc.id}>
              <span>
                <AttachmentLink id={doc.attachmentId} name={doc.title}>
                  {doc.title}
                </AttachmentLink>
                <span className="muted">
                  {' '}
                  {t('document.meta', {
                    kind: t(`documentKind.${doc.kind}`),
                    size: formatSize(doc.size, i18n.language),
                    date: formatDate(doc.createdAt, i18n.language),
                    name: doc.createdByName,
                  })}
                </span>
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('document.editOf', { title: doc.title })}
                  onClick={() => setEditing(editing === doc.id ? null : doc.id)}
                >
                  {t('document.edit')}
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('document.archiveOf', { title: doc.title })}
                  onClick={() => setArchived(doc, true)}
                >
                  {t('document.archive')}
                </button>
              </span>
              {editing === doc.id ? <RenameForm doc={doc} onDone={() => setEditing(null)} /> : null}
            </li>
          ))}
        </ul>
      )}
      <Disclosure title={t('document.new')}>
        <DocumentForm initiativeId={initiativeId} />
      </Disclosure>
    </Panel>
  );
}
