// The notices' container ("Đã lưu…", "Đã gửi lên máy chủ…"), a chunk of its own so the sign-in form
// does not wait for it (App.tsx loads it after the first screen). It is on the phone with the field
// pages (web/features/offline/field-pages.ts), so an offline open finds it.
import { Notifications } from '@mantine/notifications';

export function Notices() {
  return <Notifications position="top-right" />;
}
