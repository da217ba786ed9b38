import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../bridge/api';

export function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Uploads one file for a purpose (receipt, photo, document) and hands back its id and the name it had on disk;
 * the backend checks it by its bytes.
 */
export function FileUpload({
  label,
  purpose,
  accept,
  onUploaded,
}: {
  label: string;
  purpose: 'receipt' | 'visit-photo' | 'document';
  accept: string;
  onUploaded: (id: string | null, fileName?: string) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  async function upload(file: File | undefined) {
    setError(null);
    if (!file) return onUploaded(null);
    try {
      const stored = await call('attachments:upload', {
        purpose,
        dataBase64: toBase64(await file.arrayBuffer()),
      });
      setName(file.name);
      onUploaded(stored.id, file.name);
    } catch (err) {
      const issue = err instanceof ApiError ? err.body.issues?.[0] : undefined;
      setError(issue ? t(issue.messageKey, issue.params) : t('err.internal'));
      onUploaded(null);
    }
  }

  return (
    <div className="field">
      <label>
        {label}
        <input type="file" accept={accept} onChange={(e) => void upload(e.target.files?.[0])} />
      </label>
      {name ? <p className="field__hint">{t('file.uploaded', { name })}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
