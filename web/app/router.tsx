// The app's pages. Each signed-in page sits inside the layout and, when it needs a permission,
// behind a guard that shows "not allowed" instead of a page full of 403s.
import type { ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AgenciesPage } from '../features/agencies/AgenciesPage';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { SignInPage } from '../features/auth/SignInPage';
import { CampaignPage } from '../features/campaigns/CampaignPage';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { HomePage } from '../features/home/HomePage';
import { ImportAgenciesPage } from '../features/import/ImportAgenciesPage';
import { UnitsPage } from '../features/units/UnitsPage';
import { UsersPage } from '../features/users/UsersPage';
import { FundPage } from '../features/fund/FundPage'; // fund (issue 5)
import { InboxPage } from '../features/notifications/InboxPage'; // notifications (issue 9)
import { PreferencesPage } from '../features/notifications/PreferencesPage'; // notifications (issue 9)
import { DirectivePage } from '../features/directives/DirectivePage'; // directives (issue 8)
import { DirectivesPage } from '../features/directives/DirectivesPage'; // directives (issue 8)
import { MyTasksPage } from '../features/directives/MyTasksPage'; // directives (issue 8)
import { MediaPage } from '../features/media/MediaPage'; // media (issue 8)
// roads, criterion 2, map (issue 3) and materials (issue 4)
import { CalculatorPage } from '../features/roads/CalculatorPage';
import { Criterion2Page } from '../features/roads/Criterion2Page';
import { RoadPage } from '../features/roads/RoadPage';
import { RoadsPage } from '../features/roads/RoadsPage';
import { MapPage } from '../features/map/MapPage';
import { LotPage } from '../features/materials/LotPage';
import { StockPage } from '../features/materials/StockPage';
// leadership dashboard and public page (issue 9)
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { CommuneDrillPage, RoadDrillPage, SegmentDrillPage } from '../features/dashboard/DrillPages';
import { PublicPage } from '../features/public/PublicPage';
// weekly plans and registrations (issue 6)
import { PlanPage } from '../features/plans/PlanPage';
import { PlansPage } from '../features/plans/PlansPage';
import { RegistrationsPage } from '../features/plans/RegistrationsPage';
// workdays, weekly reports, district report, ranking (issue 7)
import { WorkdayPage } from '../features/workdays/WorkdayPage';
import { WorkdaysPage } from '../features/workdays/WorkdaysPage';
import { WeeklyReportPage } from '../features/reports/WeeklyReportPage';
import { WeeklyReportsPage } from '../features/reports/WeeklyReportsPage';
import { DistrictReportPage } from '../features/district/DistrictReportPage';
import { RankingPage } from '../features/ranking/RankingPage';
import type { Permission } from '../lib/types';
import { Forbidden, NotFound } from '../ui/Forbidden';
import { RequireAuth, useCan } from './auth';
import { Layout } from './Layout';

function Guard({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? <>{children}</> : <Forbidden />;
}

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/cong-khai', element: <PublicPage /> }, { path: '/public', element: <PublicPage /> }, // public page (issue 9)
  {
    path: '/',
    element: <RequireAuth><Layout /></RequireAuth>,
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
      { path: 'account/password', element: <ChangePasswordPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
