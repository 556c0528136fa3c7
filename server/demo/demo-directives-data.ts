// Conclusion No. 02-KL/BCĐ (09/9/2021), the seed document, as the demo's directive: its six points
// with the text of the conclusion, and the tasks each point gives to the units it names. Schedules
// follow the weekly cycle (plan by Friday, work on Saturday, report on Monday). Media items are the
// media centre's first weeks of news and its September reportage (demo titles and links).

export const DEMO_TODAY = '2021-10-20';
const START = '2021-09-09';
const END = '2021-12-31';

/** An agency by its name in the demo, or a shorthand for the campaign's groups or target communes. */
export type DemoAssignee = { agency: string } | { kind: 'all_groups' } | { kind: 'target_communes' };
export interface DemoTask {
  description: string;
  assignees: DemoAssignee[];
  repeat: 'none' | 'weekly' | 'monthly';
  dueDate?: string;
  weekday?: number;
  monthDay?: number;
  startDate?: string;
  endDate?: string;
  dueAfterDays?: number;
  linkedRecord?: 'weekly_plan' | 'weekly_report' | 'media_news' | 'media_reportage';
}

const OFFICE = { agency: 'Văn phòng điều phối nông thôn mới huyện' };
const weekly = (weekday: number, extra: Partial<DemoTask> = {}) => ({ repeat: 'weekly' as const, weekday, startDate: START, endDate: END, ...extra });

export const DIRECTIVE_02_KL = {
  type: 'ket_luan' as const,
  number: '02-KL/BCĐ',
  issuedOn: START,
  issuingBody: 'Ban Chỉ đạo xây dựng nông thôn mới huyện Quang Bình',
  signerName: 'Triệu Tài Phong',
  signerTitle: 'Bí thư Huyện ủy kiêm Trưởng Ban Chỉ đạo',
  summary: 'Kết luận Hội nghị giao ban Chương trình xây dựng nông thôn mới 9 tháng đầu năm 2021',
  items: [
    {
      ordinal: 1, title: 'Kinh phí hỗ trợ 02 xã Tân Nam, Yên Thành',
      body: 'Ban chỉ đạo chương trình xây dựng nông thôn mới của huyện thống nhất chủ trương cấp kinh phí 200.000.000 đồng (Hai trăm triệu đồng) từ nguồn xã hội hóa do cán bộ, công chức, viên chức trên địa bàn huyện đóng góp xây dựng nông thôn mới năm 2021 để hỗ trợ cho 02 xã Tân Nam, Yên Thành mua máy trộn bê tông và nguyên vật liệu (cát, đá, sỏi...) thực hiện tiêu chí số 02 về giao thông theo kế hoạch năm 2021 (Mỗi xã 100 triệu đồng). Giao cho UBND huyện chỉ đạo các cơ quan chuyên môn triển khai thực hiện theo quy định và báo cáo Thường trực Huyện ủy nắm, theo dõi, chỉ đạo.',
      tasks: [
        { description: 'Chỉ đạo các cơ quan chuyên môn cấp kinh phí 200.000.000 đồng hỗ trợ 02 xã Tân Nam, Yên Thành (mỗi xã 100 triệu đồng) mua máy trộn bê tông và nguyên vật liệu', assignees: [{ agency: 'Văn phòng HĐND và UBND huyện' }, { agency: 'Phòng Tài chính - Kế hoạch' }], repeat: 'none', dueDate: '2021-09-30' },
        { description: 'Báo cáo Thường trực Huyện ủy kết quả cấp và sử dụng kinh phí hỗ trợ', assignees: [{ agency: 'Văn phòng HĐND và UBND huyện' }], repeat: 'none', dueDate: '2021-10-15' },
      ] as DemoTask[],
    },
    {
      ordinal: 2, title: 'Đối với Văn phòng điều phối xây dựng nông thôn mới huyện',
      body: 'Tiếp thu các ý kiến tham gia tại cuộc họp để chỉnh sửa, bổ sung kế hoạch lao động "Ngày thứ 7 vì nông thôn mới" giúp 02 xã Tân Nam, Yên Thành hoàn thành tiêu chí số 02 về giao thông năm 2021. Tham mưu xây dựng kế hoạch hàng tuần để phân công các xã, thị trấn, các nhóm cơ quan đơn vị triển khai thực hiện. Định kỳ hàng tuần tổng hợp số liệu, báo cáo kết quả về tiến độ, tinh thần trách nhiệm của các Nhóm về Thường trực Huyện ủy, Thường trực Ủy ban nhân dân huyện. Phối hợp với xã Tân Nam, Yên Thành xem xét dự kiến nhân công để phân công các nhóm cơ quan, đơn vị tham gia và chuẩn bị các điều kiện (mặt bằng, vật liệu...).',
      tasks: [
        { description: 'Chỉnh sửa, bổ sung kế hoạch lao động "Ngày thứ 7 vì nông thôn mới" (phân công tuyến đường cho Ban chỉ huy Quân sự huyện; điều chỉnh, phân công các cơ quan tham gia các nhóm)', assignees: [OFFICE], repeat: 'none', dueDate: '2021-09-10' },
        { description: 'Tham mưu xây dựng kế hoạch tuần, phân công các xã và các nhóm cơ quan, đơn vị', assignees: [OFFICE], ...weekly(5, { endDate: '2021-12-24' }), linkedRecord: 'weekly_plan' },
        { description: 'Tổng hợp số liệu, báo cáo kết quả, tiến độ, tinh thần trách nhiệm của các nhóm về Thường trực Huyện ủy, Thường trực UBND huyện', assignees: [OFFICE], ...weekly(2) },
        { description: 'Phối hợp với xã Tân Nam, Yên Thành dự kiến nhân công, chuẩn bị mặt bằng và vật liệu', assignees: [OFFICE], repeat: 'none', dueDate: '2021-09-10' },
      ] as DemoTask[],
    },
    {
      ordinal: 3, title: 'Đối với Phòng Kinh tế - Hạ tầng',
      body: 'Phối hợp với các cơ quan chuyên môn tham mưu ban hành văn bản hướng dẫn quy trình, kỹ thuật để đảm bảo yêu cầu về kỹ thuật, chất lượng đối với các tuyến đường bê tông do cán bộ, công chức, viên chức và nhân dân thực hiện. Đồng thời cử cán bộ chuyên môn kiểm tra, giám sát đảm bảo chất lượng của vật liệu (xi măng, cát, sỏi...) trước khi thực hiện.',
      tasks: [
        { description: 'Tham mưu ban hành văn bản hướng dẫn quy trình, kỹ thuật làm đường bê tông', assignees: [{ agency: 'Phòng Kinh tế - Hạ tầng' }], repeat: 'none', dueDate: '2021-09-17' },
        { description: 'Cử cán bộ kiểm tra, giám sát chất lượng vật liệu (xi măng, cát, sỏi) trước ngày ra quân', assignees: [{ agency: 'Phòng Kinh tế - Hạ tầng' }], ...weekly(5, { endDate: '2021-12-24' }) },
      ] as DemoTask[],
    },
    {
      ordinal: 4, title: 'Đối với Trung tâm Văn hóa - Thông tin và Du lịch',
      body: 'Hàng tuần cử phóng viên ghi hình, đưa tin và mỗi tháng xây dựng 01 phóng sự để tuyên truyền trong toàn huyện và gửi phát trên Đài Phát thanh – Truyền hình tỉnh để tuyên truyền về phong trào "Ngày thứ 7 vì nông thôn mới" của huyện Quang Bình.',
      tasks: [
        { description: 'Cử phóng viên ghi hình, đưa tin về ngày ra quân "Ngày thứ 7 vì nông thôn mới"', assignees: [{ agency: 'Trung tâm Văn hóa - Thông tin và Du lịch' }], ...weekly(6, { endDate: '2021-12-25', dueAfterDays: 2 }), linkedRecord: 'media_news' },
        { description: 'Xây dựng 01 phóng sự trong tháng, gửi phát trên Đài Phát thanh - Truyền hình tỉnh', assignees: [{ agency: 'Trung tâm Văn hóa - Thông tin và Du lịch' }], repeat: 'monthly', monthDay: 31, startDate: START, endDate: END, linkedRecord: 'media_reportage' },
      ] as DemoTask[],
    },
    {
      ordinal: 5, title: 'Đối với các nhóm cơ quan, đơn vị',
      body: 'Căn cứ kế hoạch, nhiệm vụ được phân công, giao cho cơ quan trưởng nhóm họp bàn, thống nhất với các cơ quan thành viên về cách làm để xây dựng kế hoạch tổ chức thực hiện đảm bảo tiến độ, nhiệm vụ được giao. Giao cho cơ quan trưởng nhóm chủ động liên hệ với xã Tân Nam và Yên Thành để thông báo, đăng ký thời gian, số lượng người tham gia và khối lượng công việc thực hiện.',
      tasks: [
        { description: 'Cơ quan trưởng nhóm họp bàn, thống nhất với các cơ quan thành viên, xây dựng kế hoạch tổ chức thực hiện của nhóm', assignees: [{ kind: 'all_groups' }], repeat: 'none', dueDate: '2021-09-10' },
        { description: 'Liên hệ xã Tân Nam, Yên Thành đăng ký thời gian, số người tham gia và khối lượng công việc của ngày ra quân', assignees: [{ kind: 'all_groups' }], ...weekly(4, { endDate: '2021-12-23' }) },
      ] as DemoTask[],
    },
    {
      ordinal: 6, title: 'Đối với 02 xã Tân Nam, Yên Thành',
      body: 'Đẩy mạnh công tác tuyên truyền, huy động nguồn lực trong nhân dân. Căn cứ nội dung đăng ký, kế hoạch của các nhóm cơ quan, đơn vị để chuẩn bị đầy đủ vật liệu, phân công người giám sát và huy động nhân dân cùng tham gia. Phối hợp với Văn phòng điều phối xây dựng lộ trình thực hiện đối với từng tuyến. Định kỳ hàng tuần báo cáo số người tham gia, số ngày công lao động, tiến độ thực hiện, tinh thần trách nhiệm và hiệu quả công việc của các nhóm gửi về Văn phòng điều phối.',
      tasks: [
        { description: 'Phối hợp với Văn phòng điều phối xây dựng lộ trình thực hiện đối với từng tuyến đường', assignees: [{ kind: 'target_communes' }], repeat: 'none', dueDate: '2021-09-17' },
        { description: 'Chuẩn bị vật liệu, phân công người giám sát và huy động nhân dân cho ngày ra quân', assignees: [{ kind: 'target_communes' }], ...weekly(5, { endDate: '2021-12-24' }) },
        { description: 'Báo cáo số người tham gia, ngày công, tiến độ, tinh thần trách nhiệm và hiệu quả của các nhóm về Văn phòng điều phối', assignees: [{ kind: 'target_communes' }], ...weekly(1), linkedRecord: 'weekly_report' },
      ] as DemoTask[],
    },
  ],
};

/** The media centre's items up to DEMO_TODAY: news the day after each campaign Saturday, and September's reportage. */
export const DEMO_MEDIA: Array<{ title: string; type: 'news' | 'reportage'; channel: 'district_portal' | 'provincial_tv' | 'social_page'; publishedOn: string; url: string }> = [
  { title: 'Ra quân "Ngày thứ 7 vì nông thôn mới" tại xã Tân Nam và Yên Thành', type: 'news', channel: 'district_portal', publishedOn: '2021-09-12', url: 'https://quangbinh.example/tin-tuc/ra-quan-ngay-thu-7-vi-nong-thon-moi' },
  { title: 'Nhóm 1 và Nhóm 2 đổ bê tông đường thôn Nặm Khẳm', type: 'news', channel: 'district_portal', publishedOn: '2021-09-19', url: 'https://quangbinh.example/tin-tuc/nhom-1-nhom-2-tham-nam-kham' },
  { title: 'Yên Thành: hơn 300 ngày công trong ngày thứ Bảy', type: 'news', channel: 'social_page', publishedOn: '2021-09-26', url: 'https://quangbinh.example/mxh/yen-thanh-300-ngay-cong' },
  { title: 'Phóng sự: Ngày thứ Bảy trên những con đường bê tông Quang Bình', type: 'reportage', channel: 'provincial_tv', publishedOn: '2021-09-28', url: 'https://quangbinh.example/phong-su/ngay-thu-bay-duong-be-tong' },
  { title: 'Cán bộ, công chức cùng nhân dân Tân Nam làm đường liên thôn', type: 'news', channel: 'district_portal', publishedOn: '2021-10-03', url: 'https://quangbinh.example/tin-tuc/tan-nam-duong-lien-thon' },
  { title: 'Tuần thứ năm ra quân: vượt mưa hoàn thành 400 m đường', type: 'news', channel: 'district_portal', publishedOn: '2021-10-11', url: 'https://quangbinh.example/tin-tuc/tuan-thu-nam-400-m' },
];
