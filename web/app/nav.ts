// The pages in the side navigation, each with the permission that shows it (from /auth/me).
import { IconCoin } from '@tabler/icons-react'; // fund (issue 5)
import { IconHeartHandshake } from '@tabler/icons-react'; // people's contributions (issue 18)
import { IconChecklist, IconGavel, IconPhoto } from '@tabler/icons-react'; // directives and media (issue 8)
import { IconBuildingCommunity, IconFileImport, IconHistory, IconHome, IconMap2, IconSpeakerphone, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { IconCalculator, IconChartBar, IconMapPin, IconPackage, IconRoad } from '@tabler/icons-react'; // roads (issue 3), materials (issue 4)
import { IconGauge } from '@tabler/icons-react'; // leadership dashboard (issue 9)
import { IconCalendarWeek, IconClipboardList, IconFileReport, IconReportAnalytics, IconTrophy, IconUserCheck } from '@tabler/icons-react'; // plans (issue 6), reports (issue 7)
import type { Permission } from '../lib/types';

export interface NavItem { to: string; label: string; icon: typeof IconHome; permission?: Permission }

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/dashboard', label: 'nav.dashboard', icon: IconGauge, permission: 'dashboard.read' }, // leadership dashboard (issue 9)
  { to: '/campaigns', label: 'nav.campaigns', icon: IconSpeakerphone, permission: 'campaigns.read' },
  { to: '/units', label: 'nav.units', icon: IconMap2, permission: 'units.read' },
  { to: '/agencies', label: 'nav.agencies', icon: IconBuildingCommunity, permission: 'agencies.read' },
  { to: '/groups', label: 'nav.groups', icon: IconUsersGroup, permission: 'groups.read' },
  { to: '/import', label: 'nav.import', icon: IconFileImport, permission: 'agencies.import' },
  { to: '/plans', label: 'nav.plans', icon: IconCalendarWeek, permission: 'plans.read' }, // plans (issue 6)
  { to: '/registrations', label: 'nav.registrations', icon: IconUserCheck, permission: 'registrations.read' }, // plans (issue 6)
  { to: '/workdays', label: 'nav.workdays', icon: IconClipboardList, permission: 'workdays.read' }, // workdays (issue 7)
  { to: '/weekly-reports', label: 'nav.weeklyReports', icon: IconFileReport, permission: 'reports.read' }, // reports (issue 7)
  { to: '/district-report', label: 'nav.districtReport', icon: IconReportAnalytics, permission: 'district_reports.read' }, // reports (issue 7)
  { to: '/ranking', label: 'nav.ranking', icon: IconTrophy, permission: 'ranking.read' }, // ranking (issue 7)
  { to: '/fund', label: 'nav.fund', icon: IconCoin, permission: 'fund.read' }, // fund (issue 5)
  { to: '/people', label: 'nav.people', icon: IconHeartHandshake, permission: 'fund.read' }, // people's contributions (issue 18)
  { to: '/directives', label: 'nav.directives', icon: IconGavel, permission: 'directives.read' }, // directives (issue 8)
  { to: '/tasks', label: 'nav.myTasks', icon: IconChecklist, permission: 'tasks.report' }, // directives (issue 8)
  { to: '/media', label: 'nav.media', icon: IconPhoto, permission: 'media.read' }, // media (issue 8)
  { to: '/roads', label: 'nav.roads', icon: IconRoad, permission: 'roads.read' }, // roads (issue 3)
  { to: '/criterion2', label: 'nav.criterion2', icon: IconChartBar, permission: 'roads.read' }, // roads (issue 3)
  { to: '/road-map', label: 'nav.roadMap', icon: IconMapPin, permission: 'roads.read' }, // roads (issue 3)
  { to: '/concrete', label: 'nav.concrete', icon: IconCalculator, permission: 'roads.read' }, // roads (issue 3)
  { to: '/stock', label: 'nav.stock', icon: IconPackage, permission: 'stock.read' }, // materials (issue 4)
  { to: '/users', label: 'nav.users', icon: IconUsers, permission: 'users.read' },
  { to: '/audit', label: 'nav.audit', icon: IconHistory, permission: 'audit.read' },
];
