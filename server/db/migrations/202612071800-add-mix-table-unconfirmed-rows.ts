// The official mix tables in full: the PCB30 part of the Thông tư 10/2019 table (loaded without
// figures) and, for every table, the grades and stone sizes its source covers whose figures could
// not be checked against the table's text. They are data, so that the mix tables page says
// "not confirmed" rather than leaving a silent gap; they never carry figures, so no road and no
// estimate can use them. Written out here (not imported from domain/) so this migration never changes.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table mix_table_unconfirmed_rows (
      mix_table_id integer not null references mix_tables(id) on delete cascade,
      grade text not null check (grade in ('M150','M200','M250','M300')),
      stone text not null check (stone in ('1x2','2x4','4x6')),
      reason text not null check (length(reason) between 3 and 500),
      primary key (mix_table_id, grade, stone)
    );

    insert into mix_tables (code, name, source, cement_type, note, is_default) values
      ('tt10-2019-pcb30', 'Định mức cấp phối 1 m³ bê tông, xi măng PCB30',
       'Thông tư 10/2019/TT-BXD ngày 26/12/2019 (giữ nguyên trong Thông tư 12/2021/TT-BXD)', 'PCB30',
       'Số liệu chưa đối chiếu được với văn bản gốc: chưa có dòng nào dùng được', false)
    on conflict (code) do nothing;

    insert into mix_table_unconfirmed_rows (mix_table_id, grade, stone, reason)
    select t.id, g.grade, s.stone, 'Chưa đối chiếu được số liệu với văn bản gốc; chưa nạp'
      from mix_tables t
      cross join (values ('M150'), ('M200'), ('M250'), ('M300')) as g(grade)
      cross join (values ('1x2'), ('2x4'), ('4x6')) as s(stone)
     where (t.code = 'tt10-2019-pcb30')
        or (t.code = 'tt10-2019-pcb40' and g.grade in ('M150', 'M300'))
        or (t.code = 'dm1776-2007' and s.stone in ('2x4', '4x6'))
    on conflict do nothing;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table mix_table_unconfirmed_rows; delete from mix_tables where code = 'tt10-2019-pcb30'`.execute(db);
}
