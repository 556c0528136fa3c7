// The pages in the side navigation, each with the permission that shows it (from /auth/me), grouped
// by task; each role's daily pages come first, in a group of their own (DAILY_PAGES).
import { IconCoin } from '@tabler/icons-react'; // fund (issue 5)
import { IconHeartHandshake } from '@tabler/icons-react'; // people's contributions (issue 18)
import { IconChecklist, IconGavel, IconPhoto } from '@tabler/icons-react'; // directives and media (issue 8)
import { IconBuildingCommunity, IconFileImport, IconHistory, IconHome, IconMap2, IconSpeakerphone, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { IconCalculator, IconChartBar, IconMapPin, IconPackage, IconRoad } from '@tabler/icons-react'; // roads (issue 3), materials (issue 4)
import { IconGauge } from '@tabler/icons-react'; // leadership dashboard (issue 9)
import { IconCalendarWeek, IconClipboardList, IconFileReport, IconReportAnalytics, IconTrophy, IconUserCheck } from '@tabler/icons-react'; // plans (issue 6), reports (issue 7)
import { IconTimeline } from '@tabler/icons-react'; // season plan (issue 17)
import type { Permission, Role } from '../lib/types';

export type NavSection = 'daily' | 'days' | 'roads' | 'direct' | 'figures' | 'catalogues' | 'admin';
export interface NavItem { to: string; label: string; icon: typeof IconHome; permission?: Permission; section?: NavSection }

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome },
  { to: '/dashboard', label: 'nav.dashboard', icon: IconGauge, permission: 'dashboard.read', section: 'figures' }, // leadership dashboard (issue 9)
  { to: '/campaigns', label: 'nav.campaigns', icon: IconSpeakerphone, permission: 'campaigns.read', section: 'catalogues' },
  { to: '/units', label: 'nav.units', icon: IconMap2, permission: 'units.read', section: 'catalogues' },
  { to: '/agencies', label: 'nav.agencies', icon: IconBuildingCommunity, permission: 'agencies.read', section: 'catalogues' },
  { to: '/groups', label: 'nav.groups', icon: IconUsersGroup, permission: 'groups.read', section: 'catalogues' },
  { to: '/import', label: 'nav.import', icon: IconFileImport, permission: 'agencies.import', section: 'catalogues' },
  { to: '/plans', label: 'nav.plans', icon: IconCalendarWeek, permission: 'plans.read', section: 'days' }, // plans (issue 6)
  { to: '/season-plan', label: 'nav.seasonPlan', icon: IconTimeline, permission: 'plans.read', section: 'days' }, // season plan (issue 17)
  { to: '/registrations', label: 'nav.registrations', icon: IconUserCheck, permission: 'registrations.read', section: 'days' }, // plans (issue 6)
  { to: '/workdays', label: 'nav.workdays', icon: IconClipboardList, permission: 'workdays.read', section: 'days' }, // workdays (issue 7)
  { to: '/weekly-reports', label: 'nav.weeklyReports', icon: IconFileReport, permission: 'reports.read', section: 'days' }, // reports (issue 7)
  { to: '/district-report', label: 'nav.districtReport', icon: IconReportAnalytics, permission: 'district_reports.read', section: 'figures' }, // reports (issue 7)
  { to: '/ranking', label: 'nav.ranking', icon: IconTrophy, permission: 'ranking.read', section: 'figures' }, // ranking (issue 7)
  { to: '/fund', label: 'nav.fund', icon: IconCoin, permission: 'fund.read', section: 'figures' }, // fund (issue 5)
  { to: '/people', label: 'nav.people', icon: IconHeartHandshake, permission: 'fund.read', section: 'figures' }, // people's contributions (issue 18)
  { to: '/directives', label: 'nav.directives', icon: IconGavel, permission: 'directives.read', section: 'direct' }, // directives (issue 8)
  { to: '/tasks', label: 'nav.myTasks', icon: IconChecklist, permission: 'tasks.report', section: 'direct' }, // directives (issue 8)
  { to: '/media', label: 'nav.media', icon: IconPhoto, permission: 'media.read', section: 'direct' }, // media (issue 8)
  { to: '/roads', label: 'nav.roads', icon: IconRoad, permission: 'roads.read', section: 'roads' }, // roads (issue 3)
  { to: '/criterion2', label: 'nav.criterion2', icon: IconChartBar, permission: 'roads.read', section: 'roads' }, // roads (issue 3)
  { to: '/road-map', label: 'nav.roadMap', icon: IconMapPin, permission: 'roads.read', section: 'roads' }, // roads (issue 3)
  { to: '/concrete', label: 'nav.concrete', icon: IconCalculator, permission: 'roads.read', section: 'roads' }, // roads (issue 3)
  { to: '/stock', label: 'nav.stock', icon: IconPackage, permission: 'stock.read', section: 'roads' }, // materials (issue 4)
  { to: '/users', label: 'nav.users', icon: IconUsers, permission: 'users.read', section: 'admin' },
  { to: '/audit', label: 'nav.audit', icon: IconHistory, permission: 'audit.read', section: 'admin' },
];

/** The order of the task groups in the menu, after the role's daily pages. */
export const NAV_SECTIONS: NavSection[] = ['days', 'roads', 'direct', 'figures', 'catalogues', 'admin'];

/** Each role's daily pages, first in the menu (a phone user reaches them without scrolling). */
export const DAILY_PAGES: Record<Role, string[]> = {
  commune: ['/workdays', '/registrations', '/weekly-reports', '/tasks'],
  group_lead: ['/registrations', '/workdays', '/tasks'],
  agency: ['/tasks', '/plans'],
  coordinator: ['/plans', '/registrations', '/weekly-reports', '/directives'],
  inspector: ['/stock', '/roads', '/tasks'],
  media: ['/tasks', '/media'],
  leader: ['/dashboard', '/district-report', '/ranking'],
  admin: ['/users', '/audit'],
};
