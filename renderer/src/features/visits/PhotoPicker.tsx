import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../bridge/api';
import { toBase64 } from '../../components/FileUpload';

/** Photos of a visit: each file is uploaded at once (checked by its bytes in the backend) and shown as a thumbnail. */
export function PhotoPicker({
  photos,
  onChange,
}: {
  photos: { id: string; name: string }[];
  onChange: (photos: { id: string; name: string }[]) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(files: FileList | null) {
    if (!files) return;
    setError(null);
    setBusy(true);
    const added: { id: string; name: string }[] = [];
    for (const file of Array.from(files)) {
      try {
        const stored = await call('attachments:upload', {
          purpose: 'visit-photo',
          dataBase64: toBase64(await file.arrayBuffer()),
        });
        added.push({ id: stored.id, name: file.name });
      } catch (err) {
        const issue = err instanceof ApiError ? err.body.issues?.[0] : undefined;
        setError(`${file.name}: ${issue ? t(issue.messageKey, issue.params) : t('err.internal')}`);
      }
    }
    setBusy(false);
    onChange([...photos, ...added]);
  }

  return (
    <div className="field">
      <label htmlFor="visit-photos">{t('visit.photos')}</label>
      <input
        id="visit-photos"
        type="file"
        accept="image/jpeg,image/png"
        multiple
        disabled={busy}
        onChange={(e) => void add(e.target.files)}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {photos.length ? (
        <ul className="thumbs">
          {photos.map((photo) => (
            <li key={photo.id}>
              <img src={`/api/attachments/${photo.id}`} alt={photo.name} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
