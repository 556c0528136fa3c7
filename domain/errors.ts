// The one catalogue of error codes: HTTP status and a message in Vietnamese and English.
// The API sends { error: { code, message, messageEn, fields } }; the web app translates by code.

export interface ErrorDefinition { status: number; vi: string; en: string }

export const ERRORS = {
  VALIDATION: { status: 400, vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' },
  UNAUTHENTICATED: { status: 401, vi: 'Bạn cần đăng nhập', en: 'Sign-in required' },
  INVALID_CREDENTIALS: { status: 401, vi: 'Sai tên đăng nhập hoặc mật khẩu', en: 'Wrong username or password' },
  ACCOUNT_DISABLED: { status: 403, vi: 'Tài khoản đã bị khóa', en: 'This account is disabled' },
  FORBIDDEN: { status: 403, vi: 'Bạn không có quyền thực hiện thao tác này', en: 'You are not allowed to do this' },
  CSRF_INVALID: { status: 403, vi: 'Phiên làm việc không hợp lệ, hãy tải lại trang', en: 'Invalid CSRF token: reload the page' },
  NOT_FOUND: { status: 404, vi: 'Không tìm thấy', en: 'Not found' },
  CONFLICT: { status: 409, vi: 'Dữ liệu bị trùng hoặc xung đột', en: 'Duplicate or conflicting data' },
  IDEMPOTENCY_MISMATCH: { status: 409, vi: 'Mã yêu cầu đã được dùng cho một nội dung khác', en: 'This Idempotency-Key was already used with a different body' },
  IDEMPOTENCY_IN_PROGRESS: { status: 409, vi: 'Yêu cầu cùng mã đang được xử lý', en: 'A request with this Idempotency-Key is still being processed' },
  STALE_VERSION: { status: 412, vi: 'Bản ghi đã được người khác sửa, hãy tải lại', en: 'The record was changed by someone else: reload it' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, vi: 'Kiểu nội dung gửi lên không được hỗ trợ', en: 'Unsupported content type' },
  PAYLOAD_TOO_LARGE: { status: 413, vi: 'Dữ liệu gửi lên quá lớn', en: 'Request too large' },
  RATE_LIMITED: { status: 429, vi: 'Thử quá nhiều lần, hãy đợi ít phút', en: 'Too many attempts: wait a few minutes' },
  WRONG_PASSWORD: { status: 400, vi: 'Mật khẩu hiện tại không đúng', en: 'The current password is wrong' },
  USERNAME_TAKEN: { status: 409, vi: 'Tên đăng nhập đã tồn tại', en: 'This username is taken' },
  ORGANISATION_REQUIRED: { status: 400, vi: 'Vai trò này cần gắn với một cơ quan hoặc đơn vị', en: 'This role needs an organisation' },
  DUPLICATE_NAME: { status: 409, vi: 'Tên đã tồn tại', en: 'This name already exists' },
  UNIT_CYCLE: { status: 400, vi: 'Đơn vị cha không thể là chính nó hoặc đơn vị con của nó', en: 'A unit cannot be its own ancestor' },
  UNIT_IN_USE: { status: 409, vi: 'Đơn vị đang được sử dụng', en: 'The unit is in use' },
  AGENCY_IN_OTHER_GROUP: { status: 409, vi: 'Cơ quan đã thuộc một nhóm khác trong chiến dịch này', en: 'The agency is already in another group of this campaign' },
  AGENCY_TEAM_FIXED: { status: 400, vi: 'Cơ quan được phân công trực tiếp: không đổi tên, không thêm cơ quan khác', en: 'An agency assigned directly keeps its name and has no other members' },
  LEAD_NOT_MEMBER: { status: 400, vi: 'Cơ quan trưởng nhóm phải là thành viên của nhóm', en: 'The lead agency must be a member of the group' },
  NOT_A_COMMUNE: { status: 400, vi: 'Đơn vị được chọn không phải là xã, thị trấn', en: 'The chosen unit is not a commune or town' },
  DATE_OUTSIDE_CAMPAIGN: { status: 400, vi: 'Ngày nằm ngoài thời gian của chiến dịch', en: 'The date is outside the campaign period' },
  IMPORT_INVALID: { status: 400, vi: 'Tệp nhập có dòng không hợp lệ, chưa nhập dòng nào', en: 'The file has invalid rows: nothing was imported' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, vi: 'Loại tệp không được phép', en: 'This file type is not allowed' },
  FILE_TOO_LARGE: { status: 413, vi: 'Tệp quá lớn', en: 'The file is too large' },
  // notifications (issue 9)
  DELIVERY_NOT_FAILED: { status: 409, vi: 'Chỉ gửi lại được thông báo đã gửi thất bại', en: 'Only a failed delivery can be retried' },
  // fund and materials (issues 5 and 4)
  OVER_ALLOCATION: { status: 409, vi: 'Số tiền cấp vượt quá số tiền quỹ chưa phân bổ', en: 'The allocation exceeds the money received and not yet allocated' },
  OVERSPEND: { status: 409, vi: 'Khoản chi vượt quá kinh phí còn lại của xã', en: "The expenditure exceeds the commune's remaining allocation" },
  ALREADY_REVERSED: { status: 409, vi: 'Bút toán này đã được đảo trước đó', en: 'This entry has already been reversed' },
  NOT_REVERSIBLE: { status: 409, vi: 'Bút toán này không thể đảo', en: 'This entry cannot be reversed' },
  ALREADY_DECIDED: { status: 409, vi: 'Khoản chi này đã được duyệt hoặc từ chối', en: 'This expenditure has already been approved or rejected' },
  DUPLICATE_INVOICE: { status: 409, vi: 'Hóa đơn này đã được ghi chi', en: 'This invoice is already recorded as spent' },
  DUPLICATE_RECEIPT: { status: 409, vi: 'Số biên lai đã được sử dụng', en: 'This receipt number is already used' },
  STOCK_NEGATIVE: { status: 409, vi: 'Không đủ tồn kho: số lượng tồn không được âm', en: 'Not enough stock: stock never goes negative' },
  LOT_NOT_PASSED: { status: 409, vi: 'Lô vật liệu chưa được kiểm tra đạt chất lượng', en: 'The lot has not passed inspection' },
  SAME_POINT: { status: 400, vi: 'Điểm nhận trùng với điểm xuất', en: 'The destination is the same point as the source' },
  EQUIPMENT_BUSY: { status: 409, vi: 'Thiết bị đã được bố trí ở nơi khác trong ngày này', en: 'The equipment is already at another place that day' },
  SEGMENT_NOT_POURED: { status: 409, vi: 'Đoạn đường chưa đổ bê tông xong nên chưa thể nghiệm thu', en: 'The segment is not poured yet, so it cannot be accepted' },
  // roads, segments, criterion 2 (issue 3)
  SEGMENT_OVERLAP: { status: 409, vi: 'Đoạn này trùng với một đoạn khác của tuyến', en: 'The segment overlaps another segment of the road' },
  SEGMENT_OUTSIDE_ROAD: { status: 400, vi: 'Lý trình nằm ngoài chiều dài tuyến đường', en: 'The chainage is outside the length of the road' },
  SEGMENT_TRANSITION_NOT_ALLOWED: { status: 409, vi: 'Không thể chuyển đoạn đường sang trạng thái này', en: 'The segment cannot move to this status' },
  SEGMENT_LOCKED: { status: 409, vi: 'Đoạn đường đã thi công: không thể sửa lý trình hoặc xóa', en: 'Work has started on the segment: its chainage cannot change and it cannot be deleted' },
  REASON_REQUIRED: { status: 400, vi: 'Cần ghi lý do', en: 'A reason is required' },
  ROAD_HAS_WORK: { status: 409, vi: 'Tuyến đường đã có đoạn thi công: không thể xóa', en: 'Work has started on the road: it cannot be deleted' },
  UNKNOWN_MIX: { status: 400, vi: 'Bảng cấp phối không có mác bê tông và cỡ đá này', en: 'The mix table has no row for this grade and stone size' },
  GEOMETRY_INVALID: { status: 400, vi: 'Dữ liệu hình học của tuyến không hợp lệ', en: 'The road geometry is not valid' },
  // directives and media (issue 8)
  DUE_BEFORE_DIRECTIVE: { status: 400, vi: 'Hạn hoàn thành không được trước ngày ban hành văn bản', en: 'The due date cannot be before the directive was issued' },
  RECURRENCE_END_REQUIRED: { status: 400, vi: 'Việc lặp lại phải có ngày kết thúc', en: 'A recurring task needs an end date' },
  SCHEDULE_TOO_LONG: { status: 400, vi: 'Lịch lặp lại dài quá 3 năm', en: 'The recurrence is longer than 3 years' },
  SCHEDULE_EMPTY: { status: 400, vi: 'Lịch lặp lại không có ngày nào trong khoảng đã chọn', en: 'The recurrence has no date in the chosen period' },
  NOT_TASK_ASSIGNEE: { status: 403, vi: 'Nhiệm vụ này không giao cho đơn vị của bạn', en: 'This task is not assigned to your unit' },
  TASK_NOT_OPEN: { status: 409, vi: 'Nhiệm vụ này đã được báo cáo', en: 'This task has already been reported' },
  // workdays, weekly commune reports, district report (issue 7)
  CLIENT_ID_REUSED: { status: 409, vi: 'Mã bản ghi từ máy đã được dùng cho một nội dung khác', en: 'This client id was already used with a different body' },
  WORKDAY_EXISTS: { status: 409, vi: 'Nhóm đã có bản ghi buổi lao động ở xã này trong ngày này', en: 'The group already has a workday record in this commune on this day' },
  LABOUR_DAYS_MISMATCH: { status: 400, vi: 'Số ngày công không khớp với số người tham gia', en: 'The labour-days do not match the attendance' },
  POUR_EXCEEDS_SEGMENT: { status: 400, vi: 'Khối lượng đổ vượt quá khối lượng còn lại của đoạn đường', en: "The volume poured exceeds what remains of the segment" },
  NOT_YOUR_PART: { status: 403, vi: 'Bạn chỉ được nhập, sửa phần việc của mình trong bản ghi này', en: 'You may enter and correct only your own part of this record' },
  WORKDAY_CANCELLED: { status: 409, vi: 'Buổi lao động đã bị hủy', en: 'The workday is cancelled' },
  IMPLAUSIBLE: { status: 400, vi: 'Số liệu không hợp lý, hãy kiểm tra lại', en: 'The figures are not plausible: check them' },
  ATTENDANCE_MISSING: { status: 409, vi: 'Còn nhóm đã lao động trong tuần nhưng chưa có số cán bộ tham gia', en: 'A group that worked this week has no attendance yet' },
  WORKDAY_REPORTED: { status: 409, vi: 'Tuần này đã có báo cáo được gửi hoặc duyệt: không thể sửa bản ghi', en: "The week's report is submitted or approved: the record cannot change" },
  WEEK_NOT_STARTED: { status: 400, vi: 'Tuần báo cáo chưa bắt đầu', en: 'The week has not started yet' },
  NOT_A_WEEK_START: { status: 400, vi: 'Ngày đầu tuần phải là thứ Hai', en: 'A week starts on a Monday' },
  GROUP_DID_NOT_WORK: { status: 400, vi: 'Nhóm này không lao động tại xã trong tuần báo cáo', en: 'This group did not work in the commune that week' },
  REPORT_LOCKED: { status: 409, vi: 'Báo cáo đã được duyệt và khóa: cần mở khóa trước khi sửa', en: 'The report is approved and locked: unlock it first' },
  REPORT_TRANSITION_NOT_ALLOWED: { status: 409, vi: 'Không thể thực hiện thao tác này với báo cáo ở trạng thái hiện tại', en: 'This cannot be done to the report in its current status' },
  // weekly plans, road assignments, registrations (issue 6)
  GROUP_DOUBLE_BOOKED: { status: 409, vi: 'Nhóm đã có lịch ở nơi khác trong ngày này', en: 'The group is already planned elsewhere that day' },
  SEGMENT_DOUBLE_BOOKED: { status: 409, vi: 'Đoạn đường đã được bố trí cho nhóm khác trong ngày này', en: 'The segment is already booked for another entry that day' },
  SEGMENT_ASSIGNED_ELSEWHERE: { status: 409, vi: 'Đoạn đường đã được phân công cho nhóm khác', en: 'The segment is already assigned to another group' },
  NOT_A_CAMPAIGN_DAY: { status: 400, vi: 'Ngày này không phải là ngày ra quân của chiến dịch', en: 'This day is not a campaign day' },
  PAST_DATE: { status: 400, vi: 'Không thể lập kế hoạch hoặc đăng ký cho ngày đã qua', en: 'The date is in the past' },
  VOLUME_EXCEEDS_REMAINING: { status: 400, vi: 'Khối lượng vượt quá khối lượng còn lại của các đoạn đã chọn', en: 'The volume exceeds what remains to pour on the chosen segments' },
  PLAN_NOT_DRAFT: { status: 409, vi: 'Kế hoạch không còn ở trạng thái dự thảo', en: 'The plan is no longer a draft' },
  PLAN_TRANSITION_NOT_ALLOWED: { status: 409, vi: 'Không thể thực hiện thao tác này với kế hoạch ở trạng thái hiện tại', en: 'This cannot be done to the plan in its current status' },
  RED_ITEMS_NEED_REASON: { status: 400, vi: 'Còn mục chưa sẵn sàng: cần ghi lý do khi vẫn công bố', en: 'Some go/no-go items are red: write why you publish anyway' },
  NOT_GROUP_LEAD: { status: 403, vi: 'Chỉ cơ quan trưởng nhóm mới đăng ký cho nhóm này', en: "Only the group's lead agency may register this group" },
  REGISTRATION_CLOSED: { status: 409, vi: 'Đã quá hạn đăng ký cho ngày này', en: 'The registration deadline for this day has passed' },
  REGISTRATION_TRANSITION_NOT_ALLOWED: { status: 409, vi: 'Không thể thực hiện thao tác này với đăng ký ở trạng thái hiện tại', en: 'This cannot be done to the registration in its current status' },
  NOT_IN_CAMPAIGN: { status: 400, vi: 'Không thuộc chiến dịch này', en: 'Not part of this campaign' },
  INTERNAL: { status: 500, vi: 'Lỗi hệ thống, hãy thử lại sau', en: 'Internal error: try again later' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

/** One field's problem, in both languages. */
export interface FieldError { field: string; code: string; vi: string; en: string }

export interface ErrorBody {
  error: { code: ErrorCode; message: string; messageEn: string; fields: FieldError[] };
}
