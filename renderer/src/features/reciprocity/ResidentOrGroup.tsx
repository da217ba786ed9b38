import { useTranslation } from 'react-i18next';
import { RecordSelect } from '../../components/Selects';
import { Field } from '../../components/Field';
import { useCall } from '../../hooks/queries';

interface Props {
  complexId: string;
  /** Translation keys of the two labels and the hint. */
  labels: { resident: string; group: string; groupHint: string };
  residentId: string;
  group: string;
  errors: { resident?: string; group?: string };
  onChange: (patch: { residentId?: string; group?: string }) => void;
}

/** "For whom": a resident of the complex (not erased), or else a group by name. Used by promises and appreciation. */
export function ResidentOrGroup({ complexId, labels, residentId, group, errors, onChange }: Props) {
  const { t } = useTranslation();
  const residents = useCall('residents:list', { complexId });
  return (
    <>
      <Field label={t(labels.resident)} error={errors.resident}>
        {(props) => (
          <RecordSelect
            {...props}
            value={residentId}
            onChange={(ev) => onChange({ residentId: ev.target.value })}
            records={residents.data?.filter((r) => !r.erased) ?? []}
            label={(r) => r.name}
            empty={t('promise.noResident')}
          />
        )}
      </Field>
      <Field label={t(labels.group)} hint={t(labels.groupHint)} error={errors.group}>
        {(props) => <input {...props} value={group} onChange={(ev) => onChange({ group: ev.target.value })} />}
      </Field>
    </>
  );
}
