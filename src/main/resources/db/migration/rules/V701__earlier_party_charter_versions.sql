-- Versions in force before Quy định 24-QĐ/TW (2021), so that members admitted earlier (the
-- baseline RECORDED events) are reckoned with the rule of their time: Điều lệ Đảng (Đại hội XI).
insert into rule_value (rule_key, value, valid_from, source_document, confirmed, note) values
('membership.probation.months', '12', '2011-01-19', 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI), Điều 5', true, null),
('membership.admission.min-age-years', '18', '2011-01-19', 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI), Điều 1', true, null),
('membership.cell-resolution.threshold', '2/3', '2011-01-19', 'Điều lệ Đảng Cộng sản Việt Nam (Đại hội XI), Điều 4', true, null);
