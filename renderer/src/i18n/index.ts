import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../../shared/i18n/en.json';
import nl from '../../../shared/i18n/nl.json';
import { formatDay } from '../../../shared/i18n/display';

// Keys are flat and contain dots ("err.complex.code.required"), so i18next must not split them.
void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  // i18next otherwise writes an advertisement into the console of every window.
  showSupportNotice: false,
});

// Messages write dates as `{{validTo, day}}`; the backend sends ISO dates, the user reads "20 dec. 2026".
i18n.services.formatter?.add('day', (value: unknown, lng: string | undefined) =>
  typeof value === 'string' && value ? formatDay(value, lng ?? 'nl') : String(value ?? ''),
);

export default i18n;
