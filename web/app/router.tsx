// The app's pages. Each signed-in page sits inside the layout and, when it needs a permission,
// behind a guard that shows "not allowed" instead of a page full of 403s. Every page is its own
// chunk, loaded when first opened (the layout shows "loading" meanwhile): a phone on a slow link
// downloads the framework once and then only the pages it opens.
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import type { Permission } from '../lib/types';
import { Forbidden, NotFound } from '../ui/Forbidden';
import { Loading } from '../ui/QueryState';
import { RouteError } from '../features/offline/PageError';
import { maySignedIn, RequireAuth, useCan } from './auth';

// The field path's code, loaded by the router on first use and, on a cold open, at once (below).
const loadLayout = () => import('./Layout');
const loadHomePage = () => import('../features/home/HomePage');
const loadWorkdaysPage = () => import('../features/workdays/WorkdaysPage');
const loadWorkdayPage = () => import('../features/workdays/WorkdayPage');

/**
 * On a weak signal every step of "entry → sign-in check → layout → page" costs a round trip. A
 * browser that signed in before starts downloading the layout and the field page it opens while
 * the entry asks /auth/me, so they arrive together. Other pages wait for the router as before;
 * a failed download here is the router's to report when it asks for the same module.
 */
function startFieldDownloads(pathname: string): void {
  if (!maySignedIn() || ['/sign-in', '/cong-khai', '/public'].includes(pathname)) return; // outside the layout
  const first = pathname.split('/')[1] ?? '';
  const load = first === '' ? loadHomePage : first === 'workdays' ? (pathname === '/workdays' ? loadWorkdaysPage : loadWorkdayPage) : null;
  for (const l of [loadLayout, load]) if (l) l().catch(() => undefined);
}

// The pages, each loaded on first use.
const AgenciesPage = page(() => import('../features/agencies/AgenciesPage'), 'AgenciesPage');
const AuditPage = page(() => import('../features/audit/AuditPage'), 'AuditPage');
const ChangePasswordPage = page(() => import('../features/auth/ChangePasswordPage'), 'ChangePasswordPage');
const SignInPage = page(() => import('../features/auth/SignInPage'), 'SignInPage');
const CampaignPage = page(() => import('../features/campaigns/CampaignPage'), 'CampaignPage');
const CampaignsPage = page(() => import('../features/campaigns/CampaignsPage'), 'CampaignsPage');
const GroupsPage = page(() => import('../features/groups/GroupsPage'), 'GroupsPage');
const HomePage = page(loadHomePage, 'HomePage');
const ImportAgenciesPage = page(() => import('../features/import/ImportAgenciesPage'), 'ImportAgenciesPage');
const UnitsPage = page(() => import('../features/units/UnitsPage'), 'UnitsPage');
const UsersPage = page(() => import('../features/users/UsersPage'), 'UsersPage');
const FundPage = page(() => import('../features/fund/FundPage'), 'FundPage'); // fund (issue 5)
const PeoplePage = page(() => import('../features/people/PeoplePage'), 'PeoplePage'); // people's contributions (issue 18)
const InboxPage = page(() => import('../features/notifications/InboxPage'), 'InboxPage'); // notifications (issue 9)
const PreferencesPage = page(() => import('../features/notifications/PreferencesPage'), 'PreferencesPage'); // notifications (issue 9)
const DirectivePage = page(() => import('../features/directives/DirectivePage'), 'DirectivePage'); // directives (issue 8)
const DirectivesPage = page(() => import('../features/directives/DirectivesPage'), 'DirectivesPage'); // directives (issue 8)
const MyTasksPage = page(() => import('../features/directives/MyTasksPage'), 'MyTasksPage'); // directives (issue 8)
const MediaPage = page(() => import('../features/media/MediaPage'), 'MediaPage'); // media (issue 8)
const CalculatorPage = page(() => import('../features/roads/CalculatorPage'), 'CalculatorPage');
const Criterion2Page = page(() => import('../features/roads/Criterion2Page'), 'Criterion2Page');
const RoadPage = page(() => import('../features/roads/RoadPage'), 'RoadPage');
const RoadsPage = page(() => import('../features/roads/RoadsPage'), 'RoadsPage');
const MapPage = page(() => import('../features/map/MapPage'), 'MapPage');
const LotPage = page(() => import('../features/materials/LotPage'), 'LotPage');
const StockPage = page(() => import('../features/materials/StockPage'), 'StockPage');
const DashboardPage = page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const CommuneDrillPage = page(() => import('../features/dashboard/DrillPages'), 'CommuneDrillPage');
const RoadDrillPage = page(() => import('../features/dashboard/DrillPages'), 'RoadDrillPage');
const SegmentDrillPage = page(() => import('../features/dashboard/DrillPages'), 'SegmentDrillPage');
const PublicPage = page(() => import('../features/public/PublicPage'), 'PublicPage');
const PlanPage = page(() => import('../features/plans/PlanPage'), 'PlanPage');
const PlansPage = page(() => import('../features/plans/PlansPage'), 'PlansPage');
const RegistrationsPage = page(() => import('../features/plans/RegistrationsPage'), 'RegistrationsPage');
const WorkdayPage = page(loadWorkdayPage, 'WorkdayPage');
const WorkdaysPage = page(loadWorkdaysPage, 'WorkdaysPage');
const WeeklyReportPage = page(() => import('../features/reports/WeeklyReportPage'), 'WeeklyReportPage');
const WeeklyReportsPage = page(() => import('../features/reports/WeeklyReportsPage'), 'WeeklyReportsPage');
const DistrictReportPage = page(() => import('../features/district/DistrictReportPage'), 'DistrictReportPage');
const RankingPage = page(() => import('../features/ranking/RankingPage'), 'RankingPage');
const SeasonPlanPage = page(() => import('../features/season/SeasonPlanPage'), 'SeasonPlanPage'); // season plan (issue 17)

/** A page component loaded on first use from its module's named export. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}

// The layout (header, menu, the week kept on the phone) is a chunk of its own: the sign-in form,
// the first thing a cold open shows, does not wait for it.
const Layout = page(loadLayout, 'Layout');

startFieldDownloads(window.location.pathname);

/** The pages outside the layout (sign-in, the public page) wait for their chunk here. */
function Standalone({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? <>{children}</> : <Forbidden />;
}

export const router = createBrowserRouter([
  // errorElement: a page whose code cannot be downloaded (offline, never opened) says so instead of crashing.
  { path: '/sign-in', element: <Standalone><SignInPage /></Standalone>, errorElement: <RouteError /> },
  { path: '/cong-khai', element: <Standalone><PublicPage /></Standalone>, errorElement: <RouteError /> }, { path: '/public', element: <Standalone><PublicPage /></Standalone>, errorElement: <RouteError /> }, // public page (issue 9)
  {
    path: '/',
    element: <RequireAuth><Standalone><Layout /></Standalone></RequireAuth>,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'campaigns', element: <Guard permission="campaigns.read"><CampaignsPage /></Guard> },
      { path: 'campaigns/:id', element: <Guard permission="campaigns.read"><CampaignPage /></Guard> },
      { path: 'units', element: <Guard permission="units.read"><UnitsPage /></Guard> },
      { path: 'agencies', element: <Guard permission="agencies.read"><AgenciesPage /></Guard> },
      { path: 'groups', element: <Guard permission="groups.read"><GroupsPage /></Guard> },
      { path: 'import', element: <Guard permission="agencies.import"><ImportAgenciesPage /></Guard> },
      { path: 'users', element: <Guard permission="users.read"><UsersPage /></Guard> },
      { path: 'audit', element: <Guard permission="audit.read"><AuditPage /></Guard> },
      { path: 'fund', element: <Guard permission="fund.read"><FundPage /></Guard> }, // fund (issue 5)
      { path: 'people', element: <Guard permission="fund.read"><PeoplePage /></Guard> }, // people's contributions (issue 18)
      { path: 'notifications', element: <InboxPage /> }, // notifications (issue 9)
      { path: 'notifications/preferences', element: <PreferencesPage /> }, // notifications (issue 9)
      { path: 'directives', element: <Guard permission="directives.read"><DirectivesPage /></Guard> }, // directives (issue 8)
      { path: 'directives/:id', element: <Guard permission="directives.read"><DirectivePage /></Guard> }, // directives (issue 8)
      { path: 'tasks', element: <Guard permission="tasks.report"><MyTasksPage /></Guard> }, // directives (issue 8)
      { path: 'media', element: <Guard permission="media.read"><MediaPage /></Guard> }, // media (issue 8)
      // roads, criterion 2, map (issue 3) and materials (issue 4)
      { path: 'roads', element: <Guard permission="roads.read"><RoadsPage /></Guard> },
      { path: 'roads/:id', element: <Guard permission="roads.read"><RoadPage /></Guard> },
      { path: 'concrete', element: <Guard permission="roads.read"><CalculatorPage /></Guard> },
      { path: 'criterion2', element: <Guard permission="roads.read"><Criterion2Page /></Guard> },
      { path: 'road-map', element: <Guard permission="roads.read"><MapPage /></Guard> },
      { path: 'stock', element: <Guard permission="stock.read"><StockPage /></Guard> },
      { path: 'stock/lots/:id', element: <Guard permission="stock.read"><LotPage /></Guard> },
      // leadership dashboard and its drill-down (issue 9)
      { path: 'dashboard', element: <Guard permission="dashboard.read"><DashboardPage /></Guard> },
      { path: 'dashboard/communes/:id', element: <Guard permission="dashboard.read"><CommuneDrillPage /></Guard> },
      { path: 'dashboard/roads/:id', element: <Guard permission="dashboard.read"><RoadDrillPage /></Guard> },
      { path: 'dashboard/segments/:id', element: <Guard permission="dashboard.read"><SegmentDrillPage /></Guard> },
      // weekly plans and registrations (issue 6)
      { path: 'plans', element: <Guard permission="plans.read"><PlansPage /></Guard> },
      { path: 'plans/:id', element: <Guard permission="plans.read"><PlanPage /></Guard> },
      { path: 'registrations', element: <Guard permission="registrations.read"><RegistrationsPage /></Guard> },
      // workdays, weekly reports, district report, ranking (issue 7)
      { path: 'workdays', element: <Guard permission="workdays.read"><WorkdaysPage /></Guard> },
      { path: 'workdays/:id', element: <Guard permission="workdays.read"><WorkdayPage /></Guard> },
      { path: 'weekly-reports', element: <Guard permission="reports.read"><WeeklyReportsPage /></Guard> },
      { path: 'weekly-reports/:id', element: <Guard permission="reports.read"><WeeklyReportPage /></Guard> },
      { path: 'district-report', element: <Guard permission="district_reports.read"><DistrictReportPage /></Guard> },
      { path: 'ranking', element: <Guard permission="ranking.read"><RankingPage /></Guard> },
      { path: 'season-plan', element: <Guard permission="plans.read"><SeasonPlanPage /></Guard> }, // season plan (issue 17)
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
