import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColDef } from 'ag-grid-community';
import { partnerCreateInput, type Partner } from '../../../../shared/contract/wijk';
import { PARTNER_KINDS } from '../../../../shared/domain/reciprocity';
import { FormAlert } from '../../components/FormAlert';
import { Field } from '../../components/Field';
import { vocab } from '../../components/format';
import { PageHeader } from '../../components/PageHeader';
import { DataGrid } from '../../grid/DataGrid';
import { useCall, useCommand } from '../../hooks/queries';
import { VocabSelect } from '../../components/Selects';
import { useDraft } from '../../hooks/use-draft';
import { useFormErrors } from '../../hooks/use-form-errors';

const FIELDS = ['wijk', 'name', 'contactName', 'contactPhone', 'contactEmail'] as const;
const emptyDraft = () => ({ wijk: '', name: '', kind: 'welzijn', contactName: '', contactPhone: '', contactEmail: '' });

/** The partners grid: who, where, what kind, how to reach them, on how many initiatives. */
function usePartnerColumns(): ColDef<Partner>[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      { field: 'name', headerName: t('partner.name'), flex: 1, minWidth: 200 },
      { field: 'wijk', headerName: t('complex.wijk'), width: 150 },
      {
        field: 'kind',
        headerName: t('partner.kind'),
        width: 150,
        valueFormatter: (p) => vocab(t, 'partnerKind', p.value as string),
        filterValueGetter: (p) => vocab(t, 'partnerKind', p.data?.kind),
      },
      { field: 'contactName', headerName: t('partner.contactName'), width: 170 },
      { field: 'contactPhone', headerName: t('partner.contactPhone'), width: 140 },
      { field: 'contactEmail', headerName: t('partner.contactEmail'), width: 200 },
      { field: 'initiatives', headerName: t('partner.initiatives'), width: 130, type: 'numericColumn', sort: 'desc' },
    ],
    [t],
  );
}

/** Adding a partner: wijk, name, kind and a contact. */
function PartnerForm() {
  const { t } = useTranslation();
  const create = useCommand('partners:create');
  const form = useFormErrors();
  const { values: draft, setValues: setDraft, bind } = useDraft(emptyDraft);
  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = form.validate(partnerCreateInput, draft);
    if (!parsed) return;
    create.mutate(parsed, {
      onSuccess: () => {
        setDraft(emptyDraft());
        form.clear();
      },
      onError: (e) => form.fromError(e),
    });
  }
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('partner.add')}>
      <FormAlert errors={form.errors} />
      <div className="form__grid">
        {FIELDS.map((name) => (
          <Field
            key={name}
            label={name === 'wijk' ? t('complex.wijk') : t(`partner.${name}`)}
            error={form.errors.fields[name]}
            required={name === 'wijk' || name === 'name'}
          >
            {(props) => <input {...props} name={`partner-${name}`} {...bind(name)} />}
          </Field>
        ))}
        <Field label={t('partner.kind')} error={form.errors.fields.kind} required>
          {(props) => (
            <VocabSelect {...props} name="partner-kind" {...bind('kind')} values={PARTNER_KINDS} group="partnerKind" />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('partner.add')}
        </button>
      </div>
    </form>
  );
}

/** The social partners per wijk (003: care, welfare, school, municipality…), as a grid, and adding one. */
export function PartnersPage() {
  const { t } = useTranslation();
  const partners = useCall('partners:list');
  const columns = usePartnerColumns();
  return (
    <>
      <PageHeader title={t('partner.title')} subtitle={t('partner.subtitle')} />
      <DataGrid
        gridId="partners"
        label={t('partner.title')}
        rows={partners.data}
        columns={columns}
        getRowId={(row) => row.id}
        height={360}
      />
      <section className="panel" aria-labelledby="partner-add">
        <h2 id="partner-add">{t('partner.add')}</h2>
        <PartnerForm />
      </section>
    </>
  );
}
