/**
 * Realistic material for the demo corporation, drawn from the source study and the lab reports:
 * the kinds of initiatives residents and corporations actually start, per practice type.
 */
import type { Origin, PracticeType, SharedObject } from '../domain/vocabulary';

export interface InitiativeTemplate {
  title: string;
  description: string;
  practiceType: PracticeType;
  origin: Origin;
  sharedObject: SharedObject | null;
}

export const INITIATIVE_TEMPLATES: readonly InitiativeTemplate[] = [
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Eigen keuken plaatsen', description: 'Huurder wil zelf een nieuwe keuken plaatsen; meldingsplicht en afspraken over oplevering bij vertrek.' },
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Uitbouw aan de achterzijde', description: 'Huurder vraagt toestemming voor een kleine uitbouw; individuele afspraak vastleggen.' },
  { practiceType: 'eigen_woning', origin: 'bewoners', sharedObject: null, title: 'Badkamer zelf betegelen', description: 'Huurder betegelt de badkamer zelf; vastleggen wat bij vertrek blijft.' },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'binnentuin', title: 'Binnentuin onderhouden met gedoneerde tuinslang', description: 'Een gepensioneerde huurder houdt de binnentuin bij; de corporatie gaf een tuinslang van 80 meter.' },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'portiek', title: 'Schoonmaak trappenhuis zelf regelen', description: 'Bewoners willen het schoonmaakbedrijf opzeggen en het trappenhuis zelf schoonhouden; stofzuiger gevraagd.' },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: null, title: 'Sneeuwruimen rond het complex', description: 'Bewoners ruimen zelf sneeuw op de paden; twee sneeuwschuivers gevraagd.' },
  { practiceType: 'zelf_beter', origin: 'bewoners', sharedObject: 'berging', title: 'Buurtschuur met gedeeld gereedschap', description: 'Bewoners richten een deel van de berging in als gereedschapsuitleen.' },
  { practiceType: 'geld_besparen', origin: 'corporatie', sharedObject: null, title: 'Klussen bij groot onderhoud voor een budget', description: 'Bewoners doen lichte klussen tijdens het groot onderhoud in ruil voor een budget voor de binnentuin.' },
  { practiceType: 'geld_besparen', origin: 'bewoners', sharedObject: null, title: 'Student vrijwilliger voor lagere huur', description: 'Studenten zetten zich in voor ouderen in het complex en krijgen huurkorting; voor wat hoort wat.' },
  { practiceType: 'geld_besparen', origin: 'partner', sharedObject: null, title: 'Energiecoach voor buren', description: 'Huurders coachen buren in energiebesparing; samen met de gemeente.' },
  { practiceType: 'geld_besparen', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Beheer ontmoetingsruimte tegen huurkorting', description: 'Huismeester beheert de sleutel en de agenda van de ontmoetingsruimte.' },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'portiek', title: 'Trappenhuis schilderen na overlast', description: 'Na het einde van de overlast willen buren hun trappenhuis samen opknappen.' },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'parkeerterrein', title: 'Zwerfvuil rond de containers aanpakken', description: 'Bewoners klagen over zwerfvuil en willen samen een opruimactie en afspraken.' },
  { practiceType: 'probleem_oplossen', origin: 'bewoners', sharedObject: 'speelplek', title: 'Speelplek veilig maken', description: 'Ouders melden kapotte speeltoestellen en willen meedenken over de herinrichting.' },
  { practiceType: 'probleem_oplossen', origin: 'corporatie', sharedObject: 'berging', title: 'Rommel in de bergingsgang opruimen', description: 'Brandgevaarlijke spullen in de gang; samen met bewoners opruimen en afspraken maken.' },
  { practiceType: 'gemeenschap', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Bewonerscoöperatie oprichten', description: 'Een nieuwe groep bewoners wil een buurtcoöperatie oprichten voor beheer en activiteiten.' },
  { practiceType: 'gemeenschap', origin: 'bewoners', sharedObject: 'ontmoetingsruimte', title: 'Woongroep organiseert zelf het beheer', description: 'De bestaande woongroep regelt zelf de gezamenlijke ruimte en het onderhoud van de tuin.' },
  { practiceType: 'gemeenschap', origin: 'corporatie', sharedObject: null, title: 'Welkom voor nieuwe huurders', description: 'Nieuwe huurders welkom heten zodat buren elkaar leren kennen; na een half jaar opnieuw contact.' },
  { practiceType: 'gemeenschap', origin: 'partner', sharedObject: 'ontmoetingsruimte', title: 'Koffieochtend voor oudere bewoners', description: 'Met het welzijnswerk ouderen uitnodigen die dreigen te vereenzamen; doen wat ze kunnen.' },
  { practiceType: 'gemeenschap', origin: 'corporatie', sharedObject: 'ontmoetingsruimte', title: 'Ontmoetingsplek na enquête onder bewoners', description: 'Een ontmoetingsplek opzetten vanuit een enquête naar wat bewoners willen.' },
  { practiceType: 'anders', origin: 'bewoners', sharedObject: 'dakterras', title: 'Plantenbakken op het dakterras', description: 'Bewoners willen plantenbakken plaatsen en verzorgen.' },
];

export const PLACES = ['Zaanwijk', 'Oosterhaven', 'Lindendam', 'Veldhoven-Noord', 'Rivierstad'] as const;
export const WIJK_NAMES = ['Centrum', 'De Kolk', 'Molenbuurt', 'Kerkpolder', 'Het Zand', 'Rozenhof', 'Havenkwartier', 'De Weide', 'Bloemenwijk', 'Stationsbuurt'] as const;
export const STREETS = ['Lindelaan', 'Kastanjestraat', 'Molenweg', 'Dorpsstraat', 'Havenkade', 'Populierenlaan', 'Schoolstraat', 'Esdoornhof', 'Kerkplein', 'Vlietstraat', 'Beatrixlaan', 'Zeeheldenstraat'] as const;
export const FIRST_NAMES = ['Anouk', 'Bram', 'Fatima', 'Daan', 'Ingrid', 'Mehmet', 'Sanne', 'Joost', 'Yara', 'Pieter', 'Noor', 'Kees'] as const;
export const LAST_NAMES = ['de Vries', 'Jansen', 'El Amrani', 'Bakker', 'Visser', 'Yilmaz', 'Smit', 'Mulder', 'de Boer', 'Bos'] as const;
export const OUTCOMES = [
  'Bewoners onderhouden het zelf; afspraken vastgelegd.',
  'Afgerond met een kleine bijdrage en materiaal in bruikleen.',
  'Samen uitgevoerd; bewoners tevreden en willen verder.',
  'Te weinig animo; gestopt na overleg met bewoners.',
] as const;
