/**
 * A rule's source as a person reads it: "004 §4 Rendementsdenken" becomes "Verkenning ‘Corporatie en bewoners’,
 * paragraaf 4 (Rendementsdenken)". The codes stay in the rules table, where they point into shared/seeds.
 */
const STUDIES: Record<string, { nl: string; en: string }> = {
  '000': { nl: 'Wonen Limburg Lab ‘Iedereen kan iets!’', en: 'Wonen Limburg Lab ‘Iedereen kan iets!’' },
  '001': { nl: 'Verslag Wonen Limburg Lab (maart 2018)', en: 'Report Wonen Limburg Lab (March 2018)' },
  '002': { nl: 'BuurtThuis, Woonpartners Midden-Holland', en: 'BuurtThuis, Woonpartners Midden-Holland' },
  '003': { nl: 'Innovatiechallenge Leefbare Wijken en Buurten', en: 'Innovation challenge Leefbare Wijken en Buurten' },
  '004': { nl: 'Verkenning ‘Corporatie en bewoners’', en: 'Study ‘Corporatie en bewoners’' },
};

const WORDS = {
  nl: { section: 'paragraaf', figure: 'afbeelding', appendix: 'bijlage', successFactors: 'succesfactoren' },
  en: { section: 'section', figure: 'figure', appendix: 'appendix', successFactors: 'success factors' },
};

function part(text: string, language: 'nl' | 'en'): string {
  const w = WORDS[language];
  return text
    .replace(/§(\d+)\s+([A-Z][^,;]*)/g, (_, n: string, title: string) => `${w.section} ${n} (${title.trim()})`)
    .replace(/§(\d+)/g, `${w.section} $1`)
    .replace(/afbeelding/g, w.figure)
    .replace(/bijlage/g, w.appendix)
    .replace(/succesfactoren/g, w.successFactors);
}

export function sourceInWords(source: string, language: 'nl' | 'en' = 'nl'): string {
  return source
    .split(';')
    .map((piece) => {
      const match = /^\s*(\d{3})\s*(.*)$/.exec(piece);
      if (!match) return piece.trim();
      const study = STUDIES[match[1]!]?.[language] ?? match[1]!;
      const rest = part(match[2]!.trim(), language);
      return rest ? `${study}${rest.startsWith('(') ? ' ' : ', '}${rest}` : study;
    })
    .join('; ');
}
