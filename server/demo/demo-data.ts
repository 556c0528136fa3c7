// The demo district: Quang Bình (Hà Giang) before the 2025 reform, its real town and 14 communes
// (DOMAIN.md §3). Villages, contacts and the agency list (shaped like the office's 2021 sheet) are
// invented for the demo and labelled as demo in the app.

export const DEMO_PASSWORD = 'ntm-demo-2021';

export const PROVINCE = { name: 'Hà Giang', code: '02' };
export const DISTRICT = { name: 'Quang Bình', code: '034' };
export const TOWN = 'Yên Bình';
export const COMMUNES = ['Tân Nam', 'Yên Thành', 'Bản Rịa', 'Bằng Lang', 'Hương Sơn', 'Nà Khương', 'Tân Bắc', 'Tân Trịnh',
  'Tiên Nguyên', 'Tiên Yên', 'Vĩ Thượng', 'Xuân Giang', 'Xuân Minh', 'Yên Hà'];

export const VILLAGES: Record<string, string[]> = {
  'Tân Nam': ['Thôn Nặm Khẳm', 'Thôn Tân Thượng', 'Thôn Nà Pồng', 'Thôn Khuổi Lòa'],
  'Yên Thành': ['Thôn Thác Hạ', 'Thôn Yên Sơn', 'Thôn Ngòi Han', 'Thôn Khuổi Hốc'],
};

/** [name, short name, staff] per group; the first agency of each group is its lead. */
export const GROUPS: Array<{ name: string; agencies: Array<[string, string, number]> }> = [
  { name: 'Nhóm 1', agencies: [['Văn phòng Huyện ủy', 'VPHU', 18], ['Ban Tổ chức Huyện ủy', 'BTC', 9], ['Ban Tuyên giáo Huyện ủy', 'BTG', 8], ['Ủy ban Kiểm tra Huyện ủy', 'UBKT', 7]] },
  { name: 'Nhóm 2', agencies: [['Ban chỉ huy Quân sự huyện', 'BCHQS', 32], ['Công an huyện', 'CAH', 45]] },
  { name: 'Nhóm 3', agencies: [['Văn phòng HĐND và UBND huyện', 'VP HĐND-UBND', 24], ['Phòng Nội vụ', 'PNV', 8], ['Phòng Tư pháp', 'PTP', 5], ['Thanh tra huyện', 'TTr', 6]] },
  { name: 'Nhóm 4', agencies: [['Phòng Kinh tế - Hạ tầng', 'KT-HT', 11], ['Phòng Nông nghiệp và PTNT', 'NN-PTNT', 10], ['Phòng Tài nguyên và Môi trường', 'TN-MT', 9], ['Ban Quản lý dự án đầu tư xây dựng', 'BQLDA', 14]] },
  { name: 'Nhóm 5', agencies: [['Phòng Giáo dục và Đào tạo', 'GD-ĐT', 15], ['Phòng Văn hóa và Thông tin', 'VH-TT', 7], ['Trung tâm Văn hóa - Thông tin và Du lịch', 'TTVH-TT-DL', 19], ['Phòng Y tế', 'PYT', 5]] },
  { name: 'Nhóm 6', agencies: [['Ủy ban MTTQ Việt Nam huyện', 'MTTQ', 12], ['Huyện đoàn', 'HĐ', 6], ['Hội Liên hiệp Phụ nữ huyện', 'HLHPN', 7], ['Hội Nông dân huyện', 'HND', 6], ['Hội Cựu chiến binh huyện', 'HCCB', 5], ['Liên đoàn Lao động huyện', 'LĐLĐ', 5]] },
  { name: 'Nhóm 7', agencies: [['Phòng Tài chính - Kế hoạch', 'TC-KH', 10], ['Phòng Lao động - Thương binh và Xã hội', 'LĐ-TB&XH', 9], ['Phòng Dân tộc', 'PDT', 6], ['Trung tâm Viễn thông', 'TTVT', 22], ['Chi cục Thuế khu vực', 'CCT', 16]] },
];

/** Agencies outside the groups: the office that runs the campaign. */
export const OTHER_AGENCIES: Array<[string, string, number]> = [['Văn phòng điều phối nông thôn mới huyện', 'VPĐP NTM', 4]];

export const CAMPAIGN = {
  name: 'Ngày thứ 7 vì nông thôn mới năm 2021',
  startDate: '2021-09-11',
  endDate: '2021-12-25',
  description: 'Kế hoạch lao động "Ngày thứ 7 vì nông thôn mới" giúp 02 xã Tân Nam, Yên Thành hoàn thành tiêu chí số 02 về giao thông (Kết luận số 02-KL/BCĐ ngày 09/9/2021). Dữ liệu minh họa.',
};

/** username, display name, role, organisation (agency name or commune name). */
export const USERS: Array<{ username: string; displayName: string; role: string; agency?: string; commune?: string }> = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin' },
  { username: 'leader', displayName: 'Triệu Văn Lãnh (demo)', role: 'leader', agency: 'Văn phòng Huyện ủy' },
  { username: 'coordinator', displayName: 'Hoàng Thị Điều (demo)', role: 'coordinator', agency: 'Văn phòng điều phối nông thôn mới huyện' },
  { username: 'inspector', displayName: 'Nguyễn Văn Kiểm (demo)', role: 'inspector', agency: 'Phòng Kinh tế - Hạ tầng' },
  { username: 'media', displayName: 'Lò Thị Tin (demo)', role: 'media', agency: 'Trung tâm Văn hóa - Thông tin và Du lịch' },
  { username: 'agency', displayName: 'Vàng Văn Cơ (demo)', role: 'agency', agency: 'Ban Tổ chức Huyện ủy' },
  { username: 'group_lead', displayName: 'Đặng Thị Nhóm (demo)', role: 'group_lead', agency: 'Văn phòng Huyện ủy' },
  { username: 'quansu', displayName: 'Lục Văn Quân (demo)', role: 'group_lead', agency: 'Ban chỉ huy Quân sự huyện' },
  { username: 'commune.tannam', displayName: 'Ma Văn Nam (demo)', role: 'commune', commune: 'Tân Nam' },
  { username: 'commune.yenthanh', displayName: 'Nông Thị Thành (demo)', role: 'commune', commune: 'Yên Thành' },
];
