/**
 * Pages whose code loads when they are first opened. The first screen (Mijn werk, or the initiatives grid a
 * user reopens) must not wait for the code of twenty other pages, nor for the contract's validation schemas that
 * their forms import: building those at start-up took about 45 ms of the grid's first row. The initiatives grid
 * stays in the main bundle: it is the page a user most often reopens, and the heaviest to show.
 */
import { type ComponentType, lazy } from 'react';

// A module's named export as the default export React.lazy expects.
function page<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const complexEdit = () => import('./features/complexes/ComplexEditPage');
const initiative = () => import('./features/initiatives/InitiativePage');
const resident = () => import('./features/residents/ResidentPage');

export const ComplexEditPage = page(complexEdit, 'ComplexEditPage');
export const ComplexNewPage = page(complexEdit, 'ComplexNewPage');
export const ComplexesPage = page(() => import('./features/complexes/ComplexesPage'), 'ComplexesPage');
export const ComplexPage = page(() => import('./features/complexes/ComplexPage'), 'ComplexPage');
export const FirstStartPage = page(() => import('./features/first-start/FirstStartPage'), 'FirstStartPage');
export const InitiativePage = page(initiative, 'InitiativePage');
export const InitiativeNewPage = page(initiative, 'InitiativeNewPage');
export const InitiativeEditPage = page(initiative, 'InitiativeEditPage');
export const SettingsPage = page(() => import('./features/settings/SettingsPage'), 'SettingsPage');
export const RulesPage = page(() => import('./features/advice/RulesPage'), 'RulesPage');
export const ResidentPage = page(resident, 'ResidentPage');
export const ResidentNewPage = page(resident, 'ResidentNewPage');
export const ResidentEditPage = page(resident, 'ResidentEditPage');
export const ResidentsPage = page(() => import('./features/residents/ResidentsPage'), 'ResidentsPage');
export const BudgetsPage = page(() => import('./features/money/BudgetsPage'), 'BudgetsPage');
export const AgreementDocumentPage = page(
  () => import('./features/liability/AgreementDocumentPage'),
  'AgreementDocumentPage',
);
export const PoliciesPage = page(() => import('./features/liability/PoliciesPage'), 'PoliciesPage');
export const WorklistPage = page(() => import('./features/liability/WorklistPage'), 'WorklistPage');
export const MyWorkPage = page(() => import('./features/work/MyWorkPage'), 'MyWorkPage');
export const ImportPage = page(() => import('./features/imports/ImportPage'), 'ImportPage');
export const QuickVisitDialog = page(() => import('./features/visits/QuickVisitDialog'), 'QuickVisitDialog');
export const PartnersPage = page(() => import('./features/reciprocity/PartnersPage'), 'PartnersPage');
export const ReciprocityPage = page(() => import('./features/reciprocity/ReciprocityPage'), 'ReciprocityPage');
export const ConflictsPage = page(() => import('./features/team/ConflictsPage'), 'ConflictsPage');
export const GlobalSearch = page(() => import('./features/search/GlobalSearch'), 'GlobalSearch');
export const ShortcutsDialog = page(() => import('./features/search/ShortcutsDialog'), 'ShortcutsDialog');
// The two pages with charts also bring echarts, a third of all the code.
export const DashboardPage = page(() => import('./features/dashboard/DashboardPage'), 'DashboardPage');
export const ReportPage = page(() => import('./features/report/ReportPage'), 'ReportPage');
