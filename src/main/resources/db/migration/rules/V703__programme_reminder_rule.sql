-- Programme reminders (issue 12, decision 0273): how many days before an activity is due its owner unit
-- is reminded. A setting of the application, which the administrator may change.
insert into rule_definition (rule_key, value_type, topic, name_vi, name_en, unit_vi, unit_en) values
('programme.reminder.days-before', 'INTEGER', 'PROGRAMME', 'Nhắc đơn vị thực hiện trước hạn hoạt động của chương trình công tác', 'Remind the owner unit before a programme activity is due', 'ngày', 'days');
insert into rule_value (rule_key, value, valid_from, source_document, confirmed, note) values
('programme.reminder.days-before', '7', '2020-01-01', 'Thiết lập của Đảng vụ', false, 'Mặc định của phần mềm, quản trị viên có thể thay đổi');
