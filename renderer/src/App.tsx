import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter, Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary';
import { QueryState } from './components/QueryState';
import { InitiativesPage } from './features/initiatives/InitiativesPage';
import { SyncStatus } from './features/team/SyncStatus';
import {
  AgreementDocumentPage,
  BudgetsPage,
  ComplexEditPage,
  ComplexesPage,
  ComplexNewPage,
  ComplexPage,
  ConflictsPage,
  DashboardPage,
  FirstStartPage,
  GlobalSearch,
  ImportPage,
  InitiativeEditPage,
  InitiativeNewPage,
  InitiativePage,
  MyWorkPage,
  PartnersPage,
  PoliciesPage,
  QuickVisitDialog,
  ReciprocityPage,
  ReportPage,
  ResidentEditPage,
  ResidentNewPage,
  ResidentPage,
  ResidentsPage,
  RulesPage,
  SettingsPage,
  ShortcutsDialog,
  WorklistPage,
} from './pages';
import type { Draft } from '../../shared/domain/entities';

import { bridge } from './bridge/api';
import { useCall, useLiveRefresh } from './hooks/queries';
import { OPEN_MY_WORK } from '../../shared/contract/events';
import type { Session } from '../../shared/contract/session';
import { dueFollowUpCount } from '../../shared/domain/field-work';

/** The quick visit log opens from anywhere with Alt+N, or with the button that is always in the top bar. */
/** Where a page's code loads when it is first opened (see pages.ts): "Bezig met laden…" meanwhile. */
function PageLoading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p role="status">{t('common.loading')}</p>}>{children}</Suspense>;
}

/** The desktop asks for Mijn werk when its reminder of due follow-ups is clicked. */
function useOpenMyWorkOnRequest() {
  const navigate = useNavigate();
  useEffect(() => bridge.on(OPEN_MY_WORK, () => void navigate('/mijn-werk')), [navigate]);
}

function useQuickVisit() {
  const [visit, setVisit] = useState<{ resume?: Draft } | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && !event.ctrlKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        setVisit((open) => open ?? {});
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { visit, open: (resume?: Draft) => setVisit({ resume }), close: () => setVisit(null) };
}

/** Ctrl+K opens the search and "?" the list of shortcuts, from anywhere except while typing a "?" in a field. */
function useOverlays() {
  const [overlay, setOverlay] = useState<'search' | 'shortcuts' | null>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOverlay('search');
      } else if (event.key === '?' && !typing) {
        event.preventDefault();
        setOverlay('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return { overlay, open: setOverlay, close: () => setOverlay(null) };
}

/** Follow-ups due today or overdue, as a count beside "Mijn werk". */
function WorkCount() {
  const { t } = useTranslation();
  const work = useCall('work:overview', {});
  const due = work.data ? dueFollowUpCount(work.data) : 0;
  if (due === 0) return null;
  return (
    <>
      <span className="nav-count" aria-hidden="true">
        {due}
      </span>
      <span className="visually-hidden">, {t('nav.workCount', { count: due })}</span>
    </>
  );
}

function TopBar({
  me,
  navOpen,
  onMenu,
  onVisit,
  onSearch,
}: {
  me: NonNullable<Session['currentStaff']>;
  navOpen: boolean;
  onMenu: () => void;
  onVisit: () => void;
  onSearch: () => void;
}) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <button
        type="button"
        className="button button--secondary topbar__menu"
        aria-expanded={navOpen}
        aria-controls="main-nav"
        onClick={onMenu}
      >
        {t('nav.menu')}
      </button>
      <span className="topbar__brand">{t('app.name')}</span>
      <button type="button" className="button topbar__visit" aria-keyshortcuts="Alt+N" onClick={onVisit}>
        {t('visit.button')}
      </button>
      <button
        type="button"
        className="button button--secondary topbar__search"
        aria-keyshortcuts="Control+K"
        onClick={onSearch}
      >
        {t('search.button')}
      </button>
      <SyncStatus />
      <span className="topbar__user">
        {me.name} · {t(`role.${me.role}`)}
      </span>
    </header>
  );
}

const NAV: [path: string, key: string][] = [
  ['/overzicht', 'nav.dashboard'],
  ['/wederkerigheid', 'nav.reciprocity'],
  ['/partners', 'nav.partners'],
  ['/complexen', 'nav.complexes'],
  ['/initiatieven', 'nav.initiatives'],
  ['/bewoners', 'nav.residents'],
  ['/budgetten', 'nav.budgets'],
  ['/verzekeringen', 'nav.policies'],
  ['/dossiers', 'nav.worklist'],
  ['/import', 'nav.import'],
  ['/advies', 'nav.rules'],
  ['/instellingen', 'nav.settings'],
];

function MainNav({ open }: { open: boolean }) {
  const { t } = useTranslation();
  return (
    <nav id="main-nav" className={`sidebar${open ? ' sidebar--open' : ''}`} aria-label={t('nav.label')}>
      <NavLink to="/mijn-werk">
        {t('nav.work')} <WorkCount />
      </NavLink>
      {NAV.map(([path, key]) => (
        <NavLink key={path} to={path}>
          {t(key)}
        </NavLink>
      ))}
    </nav>
  );
}

function AppRoutes({ session, onResumeDraft }: { session: Session; onResumeDraft: (draft: Draft) => void }) {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/mijn-werk" replace />} />
      <Route path="/mijn-werk" element={<MyWorkPage session={session} onResumeDraft={onResumeDraft} />} />
      <Route path="/bewoners" element={<ResidentsPage />} />
      <Route path="/bewoners/nieuw" element={<ResidentNewPage />} />
      <Route path="/bewoners/:id" element={<ResidentPage />} />
      <Route path="/bewoners/:id/bewerken" element={<ResidentEditPage />} />
      <Route path="/complexen" element={<ComplexesPage />} />
      <Route path="/complexen/nieuw" element={<ComplexNewPage />} />
      <Route path="/complexen/:id" element={<ComplexPage />} />
      <Route path="/complexen/:id/bewerken" element={<ComplexEditPage />} />
      <Route path="/initiatieven" element={<InitiativesPage />} />
      <Route path="/initiatieven/nieuw" element={<InitiativeNewPage />} />
      <Route path="/initiatieven/:id" element={<InitiativePage />} />
      <Route path="/initiatieven/:id/bewerken" element={<InitiativeEditPage />} />
      <Route path="/advies" element={<RulesPage session={session} />} />
      <Route path="/budgetten" element={<BudgetsPage session={session} />} />
      <Route path="/verzekeringen" element={<PoliciesPage />} />
      <Route path="/dossiers" element={<WorklistPage />} />
      <Route path="/import" element={<ImportPage />} />
      <Route path="/overzicht" element={<DashboardPage session={session} />} />
      <Route path="/overeenkomsten/:id/afdrukken" element={<AgreementDocumentPage />} />
      <Route path="/instellingen" element={<SettingsPage session={session} />} />
      <Route path="/niet-verwerkt" element={<ConflictsPage />} />
      <Route path="/wederkerigheid" element={<ReciprocityPage />} />
      <Route path="/partners" element={<PartnersPage />} />
      <Route path="*" element={<Navigate to="/mijn-werk" replace />} />
    </Routes>
  );
}

function Shell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const me = session.currentStaff!;
  const quickVisit = useQuickVisit();
  const overlays = useOverlays();
  useOpenMyWorkOnRequest();
  // On a narrow window the navigation folds away behind a Menu button, and folds again once a page is chosen.
  const [navOpen, setNavOpen] = useState(false);
  const { pathname } = useLocation();
  useEffect(() => setNavOpen(false), [pathname]);
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <TopBar
        me={me}
        navOpen={navOpen}
        onMenu={() => setNavOpen(!navOpen)}
        onVisit={() => quickVisit.open()}
        onSearch={() => overlays.open('search')}
      />
      <MainNav open={navOpen} />
      <Suspense fallback={null}>
        {overlays.overlay === 'search' ? <GlobalSearch onClose={overlays.close} /> : null}
        {overlays.overlay === 'shortcuts' ? <ShortcutsDialog onClose={overlays.close} /> : null}
      </Suspense>
      <main className="content" id="main" tabIndex={-1}>
        <ErrorBoundary>
          <PageLoading>
            <AppRoutes session={session} onResumeDraft={(draft) => quickVisit.open(draft)} />
          </PageLoading>
        </ErrorBoundary>
      </main>
      <Suspense fallback={null}>
        {quickVisit.visit ? (
          <QuickVisitDialog meId={me.id} resume={quickVisit.visit.resume} onClose={quickVisit.close} />
        ) : null}
      </Suspense>
    </div>
  );
}

export function App() {
  const { i18n } = useTranslation();
  const session = useCall('session:get');
  useLiveRefresh();
  const language = session.data?.settings.language;
  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
    if (language) document.documentElement.lang = language;
  }, [language, i18n]);
  return (
    <QueryState query={session}>
      {(data) => (
        <HashRouter>
          {data.initialized ? (
            <Routes>
              <Route
                path="/rapportage"
                element={
                  <PageLoading>
                    <ReportPage />
                  </PageLoading>
                }
              />
              <Route path="*" element={<Shell session={data} />} />
            </Routes>
          ) : (
            <PageLoading>
              <FirstStartPage session={data} />
            </PageLoading>
          )}
        </HashRouter>
      )}
    </QueryState>
  );
}
