// Materials in a browser (issue 4): Tân Nam's clerk reads the stock by staging point and lot status and
// receives a lot of cement; the inspector opens it, records a passing inspection with a check and a
// photo, and the lot turns "Đạt kiểm tra". Screenshots of the stock page and the inspection.
import { expect, test } from '@playwright/test';
import { allowHttpError, openNav, pick, shot, signIn, watchConsole } from './helpers';

// A 1×1 PNG: the inspection photo.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

test('xã nhập lô xi măng, cán bộ kỹ thuật kiểm tra đạt', async ({ page }) => {
  test.setTimeout(300_000);
  const consoleErrors = watchConsole(page);
  await signIn(page, 'commune.tannam');

  await test.step('trang tồn kho', async () => {
    await openNav(page, 'Vật liệu');
    await expect(page.getByRole('heading', { name: 'Vật liệu', level: 1 })).toBeVisible();
    const onHand = page.getByRole('table', { name: 'Tồn kho theo điểm tập kết' });
    await expect(onHand.getByText('Kho UBND xã Tân Nam').first()).toBeVisible();
    await expect(onHand.getByText('300 bao 50 kg')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Các lô vật liệu' }).getByText('Không đạt').first()).toBeVisible();
    await shot(page, 'vat-lieu-ton-kho');
  });

  await test.step('nhập một lô xi măng nhà nước hỗ trợ', async () => {
    await page.getByRole('button', { name: 'Nhập kho' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, 'Vật liệu', 'PCB40', 'Xi măng PCB40');
    await pick(page, 'Điểm tập kết', 'Kho', 'Kho UBND xã Tân Nam');
    await dialog.getByLabel(/Số lượng/).fill('40');
    await dialog.getByLabel('Nhà cung cấp / người ủng hộ').fill('Công ty Xi măng Hà Giang');
    await dialog.getByLabel('Số phiếu giao hàng').fill('PGH-1002');
    await dialog.getByLabel('Ngày nhận').fill('2021-10-01');
    await shot(page, 'vat-lieu-nhap-kho');
    await dialog.getByRole('button', { name: 'Nhập kho' }).click();
    await expect(dialog).toHaveCount(0);
    const lots = page.getByRole('table', { name: 'Các lô vật liệu' });
    await expect(lots.getByRole('row').filter({ hasText: 'Công ty Xi măng Hà Giang' }).getByText('Chờ kiểm tra')).toBeVisible();
  });

  await test.step('cán bộ kỹ thuật ghi kết quả kiểm tra đạt', async () => {
    await page.context().clearCookies();
    await signIn(page, 'inspector');
    allowHttpError(consoleErrors, 401); // the sign-in page asks /auth/me once the cookie is gone
    await openNav(page, 'Vật liệu');
    const row = page.getByRole('table', { name: 'Các lô vật liệu' }).getByRole('row').filter({ hasText: 'Công ty Xi măng Hà Giang' });
    await row.getByRole('link', { name: 'Kiểm tra' }).click();
    await expect(page.getByRole('heading', { name: 'Ghi kết quả kiểm tra' })).toBeVisible();
    await page.getByLabel('Ngày kiểm tra').fill('2021-10-02');
    await page.getByRole('textbox', { name: 'Giá trị đo' }).first().fill('Còn hạn đến 03/2022');
    await page.getByLabel('Nhận xét').fill('Bao nguyên vẹn, không vón cục.');
    await page.locator('#inspect input[type="file"]').setInputFiles({ name: 'lo-xi-mang.png', mimeType: 'image/png', buffer: PNG });
    await shot(page, 'kiem-tra-lo-nhap');
    await page.getByRole('button', { name: 'Lưu kết quả' }).click();
    await expect(page.getByText('Đạt kiểm tra')).toBeVisible();
    await expect(page.getByRole('link', { name: 'lo-xi-mang.png' })).toBeVisible();
    await expect(page.getByText('Bao nguyên vẹn, không vón cục.')).toBeVisible();
    await shot(page, 'kiem-tra-lo-dat');
  });

  await test.step('máy trộn và hướng dẫn kỹ thuật', async () => {
    await openNav(page, 'Vật liệu');
    await page.getByRole('tab', { name: 'Máy móc, thiết bị' }).click();
    await expect(page.getByText('Máy trộn bê tông 250 lít')).toBeVisible();
    await page.getByRole('tab', { name: 'Hướng dẫn kỹ thuật' }).click();
    await expect(page.getByText(/Hướng dẫn quy trình, kỹ thuật thi công/)).toBeVisible();
    await shot(page, 'huong-dan-ky-thuat');
  });

  expect(consoleErrors).toEqual([]);
});

test('cán bộ kỹ thuật nghiệm thu một đoạn đạt và một đoạn không đạt', async ({ page }) => {
  test.setTimeout(300_000);
  const consoleErrors = watchConsole(page);
  await signIn(page, 'inspector');

  await test.step('nghiệm thu đạt đoạn đã đổ bê tông, kèm ảnh', async () => {
    await openNav(page, 'Tuyến đường');
    await pick(page, 'Xã', 'Tan Nam', 'Tân Nam');
    await page.getByRole('link', { name: 'Đường ngõ xóm Tân Thượng' }).click();
    const row = page.getByRole('table', { name: 'Các đoạn theo lý trình' }).getByRole('row').filter({ hasText: 'Km0+100 – Km0+200' });
    await row.getByRole('button', { name: 'Nghiệm thu' }).click();
    const dialog = page.getByRole('dialog', { name: /Nghiệm thu đoạn Km0\+100/ });
    await dialog.getByLabel('Ngày nghiệm thu').fill('2021-10-20');
    const sizes = [['2,52', '15,5'], ['2,50', '15'], ['2,49', '15,2']];
    for (const [i, [w, th]] of sizes.entries()) {
      await dialog.getByRole('textbox', { name: `Chiều rộng tại điểm ${i + 1}` }).fill(w);
      await dialog.getByRole('textbox', { name: `Chiều dày tại điểm ${i + 1}` }).fill(th);
    }
    await dialog.getByLabel('Nhận xét').fill('Mặt bê tông phẳng, khe co giãn đúng thiết kế.');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'nghiem-thu-tan-thuong.png', mimeType: 'image/png', buffer: PNG });
    await shot(page, 'nghiem-thu-dat');
    await dialog.getByRole('button', { name: 'Lưu: nghiệm thu đạt' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByText('Đã nghiệm thu', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    const records = page.getByTestId(/^acceptances-/);
    await expect(records.getByText('mác M200')).toBeVisible();
    await expect(records.getByRole('link', { name: 'nghiem-thu-tan-thuong.png' })).toBeVisible();
    await expect(records.getByText('Km0+110')).toBeVisible();
    await shot(page, 'nghiem-thu-bien-ban');
  });

  await test.step('đoạn không đạt: lý do bắt buộc, đoạn trở lại để làm lại', async () => {
    await openNav(page, 'Tuyến đường');
    await pick(page, 'Xã', 'Yen Thanh', 'Yên Thành');
    await page.getByRole('link', { name: 'Đường trục thôn Thác Hạ' }).click();
    const row = page.getByRole('table', { name: 'Các đoạn theo lý trình' }).getByRole('row').filter({ hasText: 'Km0+300 – Km0+450' });
    await row.getByRole('button', { name: 'Nghiệm thu' }).click();
    const dialog = page.getByRole('dialog', { name: /Nghiệm thu đoạn Km0\+300/ });
    await dialog.getByLabel('Ngày nghiệm thu').fill('2021-10-20');
    for (const i of [1, 2, 3]) {
      await dialog.getByRole('textbox', { name: `Chiều rộng tại điểm ${i}` }).fill('2,98');
      await dialog.getByRole('textbox', { name: `Chiều dày tại điểm ${i}` }).fill(i === 2 ? '14' : '17,5');
    }
    await expect(dialog.getByText('Nhỏ hơn thiết kế quá mức cho phép').first()).toBeVisible();
    await dialog.getByText('Không đạt', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Lưu: không đạt' }).click();
    await expect(dialog.getByText('Ghi lý do không đạt để xã làm lại')).toBeVisible();
    await shot(page, 'nghiem-thu-khong-dat-loi');
    await dialog.getByLabel('Lý do không đạt').fill('Giữa đoạn chỉ dày 14 cm, thiếu 4 cm so với thiết kế; phải đổ lại.');
    await dialog.getByRole('button', { name: 'Lưu: không đạt' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row.getByText('Không đạt', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: 'Lịch sử' }).click();
    await expect(page.getByTestId(/^acceptances-/).getByText(/Giữa đoạn chỉ dày 14 cm/)).toBeVisible();
    await shot(page, 'nghiem-thu-khong-dat');
  });

  expect(consoleErrors).toEqual([]);
});

test('xã thêm điểm tập kết tại tuyến đường, bố trí máy trộn; cán bộ kỹ thuật ban hành hướng dẫn', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  await signIn(page, 'commune.tannam');
  await openNav(page, 'Vật liệu');

  await test.step('điểm tập kết tại tuyến đường', async () => {
    await page.getByRole('tab', { name: 'Điểm tập kết' }).click();
    await expect(page.getByRole('table', { name: 'Điểm tập kết' }).getByText('Kho UBND xã Tân Nam')).toBeVisible();
    await page.getByRole('button', { name: 'Thêm điểm tập kết' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm điểm tập kết vật liệu' });
    await dialog.getByRole('button', { name: 'Thêm điểm tập kết' }).click();
    await expect(dialog.getByText('Nhập tên điểm tập kết')).toBeVisible();
    await dialog.getByText('Tại tuyến đường', { exact: true }).click();
    await pick(page, 'Tuyến đường', 'Na Pong', 'Đường nội đồng Nà Pồng');
    await expect(dialog.getByLabel('Tên điểm')).toHaveValue('Đầu tuyến Đường nội đồng Nà Pồng');
    await dialog.getByLabel('Ghi chú').fill('Bãi đất trống cạnh ruộng nhà ông Hoàng Văn Pấu');
    await shot(page, 'diem-tap-ket-them');
    await dialog.getByRole('button', { name: 'Thêm điểm tập kết' }).click();
    await expect(dialog).toHaveCount(0);
    const row = page.getByRole('table', { name: 'Điểm tập kết' }).getByRole('row').filter({ hasText: 'Đầu tuyến Đường nội đồng Nà Pồng' });
    await expect(row.getByText('Tại tuyến đường')).toBeVisible();
    await shot(page, 'diem-tap-ket');
  });

  await test.step('bố trí máy trộn: phải chọn ngày và nơi sử dụng', async () => {
    await page.getByRole('tab', { name: 'Máy móc, thiết bị' }).click();
    await page.getByRole('row').filter({ hasText: 'Máy trộn bê tông 250 lít' }).getByRole('button', { name: 'Bố trí' }).click();
    const dialog = page.getByRole('dialog', { name: /Bố trí Máy trộn/ });
    await dialog.getByRole('button', { name: 'Bố trí' }).click();
    await expect(dialog.getByText('Chọn ngày sử dụng')).toBeVisible();
    await expect(dialog.getByText('Chọn tuyến đường')).toBeVisible();
    await shot(page, 'bo-tri-may-tron');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  await test.step('cán bộ kỹ thuật ban hành hướng dẫn mới', async () => {
    await page.context().clearCookies();
    await signIn(page, 'inspector');
    allowHttpError(consoleErrors, 401);
    await openNav(page, 'Vật liệu');
    await page.getByRole('tab', { name: 'Hướng dẫn kỹ thuật' }).click();
    await page.getByRole('button', { name: 'Ban hành hướng dẫn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ban hành tài liệu hướng dẫn kỹ thuật' });
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect(dialog.getByText('Nhập tên tài liệu')).toBeVisible();
    await dialog.getByLabel('Tên tài liệu').fill('Hướng dẫn bảo dưỡng mặt đường bê tông sau khi đổ');
    await dialog.getByLabel('Có hiệu lực từ ngày').fill('20/10/2021');
    await dialog.getByLabel('Nội dung chính').fill('Tưới nước giữ ẩm ít nhất 7 ngày; không cho xe qua lại trước 14 ngày.');
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'bao-duong-be-tong.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await dialog.getByLabel('Tên tài liệu').click();
    await shot(page, 'huong-dan-ban-hanh');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId(/^guidance-/).getByText('Hướng dẫn bảo dưỡng mặt đường bê tông sau khi đổ')).toBeVisible();
    await expect(page.getByRole('link', { name: 'bao-duong-be-tong.pdf' })).toBeVisible();
    await shot(page, 'huong-dan-moi');
  });

  expect(consoleErrors).toEqual([]);
});
