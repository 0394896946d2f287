-- Vietnamese alphabetical order for names shown in lists (unit names: "Chi bộ Cầu Treo" before
-- "Chi bộ Hồng Lĩnh", "Đ" after "D"), whatever the database's default collation. Needs an
-- ICU-enabled PostgreSQL (every standard build of 15+, and the embedded binaries).
create collation if not exists vietnamese (provider = icu, locale = 'vi');
