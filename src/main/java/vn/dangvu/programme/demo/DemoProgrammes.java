package vn.dangvu.programme.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dangvu.directive.DirectiveApi;
import vn.dangvu.directive.DocumentType;
import vn.dangvu.directive.Issuer;
import vn.dangvu.directive.NewDocument;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.plan.StructureEdits;

/**
 * Demo programmes (docs/demo-data.md, "Work programmes"): the 2020 programme of the demo
 * committee ({@code DBCHQ}) with 3 areas, 18 key tasks and 235 activities, adopted by its
 * resolution and closed after the year; this year's programme of the same committee (54
 * activities, adopted, amended twice); Đảng ủy khu vực XI's programme concretising two of
 * its key tasks and a draft of Chi bộ Cầu Treo concretising one of those; the trade
 * union's adopted and the Youth Union's draft annual programmes. Titles come from a few
 * lists of work and subjects per key task; dates from today.
 */
@Component
@Order(750)
@RequiredArgsConstructor
class DemoProgrammes implements DemoSeed {

	static final int YEAR_2020 = 2020;

	private static final Caller OFFICE = new Caller(0, DemoContext.RECORDED_BY, "Demo", Set.of(Role.ADMIN), Set.of(),
			null);

	private final JdbcTemplate jdbc;

	private final DirectiveApi directives;

	private final StructureEdits edits;

	/** A key task: its title, the two subjects its activities work on, its indicators. */
	record Task(String title, String[] subjects, int activities, Indicator... indicators) {

	}

	record Indicator(String name, String kind, String target, String unitLabel) {

	}

	record Area(String title, Task... tasks) {

	}

	/**
	 * The work each activity does, with its deliverable and when in the year it falls
	 * due.
	 */
	record Work(String verb, String deliverable, int month, int day, DuePrecision precision) {

	}

	static final List<Work> WORKS = List.of(
			new Work("Xây dựng kế hoạch thực hiện", "Kế hoạch", 3, 31, DuePrecision.MONTH),
			new Work("Tổ chức quán triệt, triển khai", "Biên bản hội nghị", 4, 30, DuePrecision.MONTH),
			new Work("Hướng dẫn các đảng bộ cơ sở về", "Văn bản hướng dẫn", 5, 20, DuePrecision.DAY),
			new Work("Kiểm tra, đôn đốc việc thực hiện", "Báo cáo kiểm tra", 9, 30, DuePrecision.QUARTER),
			new Work("Sơ kết 6 tháng về", "Báo cáo sơ kết", 7, 15, DuePrecision.DAY),
			new Work("Tổng kết, đánh giá kết quả", "Báo cáo tổng kết", 12, 15, DuePrecision.DAY),
			new Work("Báo cáo Đảng ủy cấp trên về", "Báo cáo", 12, 31, DuePrecision.MONTH));

	static final List<Area> AREAS = List.of(
			new Area("Cải cách, hiện đại hóa hải quan",
					new Task("Triển khai Cơ chế một cửa quốc gia và Cơ chế một cửa ASEAN",
							new String[] { "Cơ chế một cửa quốc gia", "kết nối Cơ chế một cửa ASEAN" }, 14,
							new Indicator("Thủ tục hành chính kết nối Cơ chế một cửa quốc gia", "COUNT", "200",
									"thủ tục")),
					new Task("Hoàn thiện hệ thống thông quan tự động",
							new String[] { "hệ thống thông quan tự động", "thủ tục hải quan điện tử" }, 13,
							new Indicator("Tờ khai được thông quan tự động", "PERCENT", "99", null)),
					new Task("Đẩy mạnh quản lý rủi ro trong kiểm tra hải quan",
							new String[] { "áp dụng quản lý rủi ro", "kiểm tra sau thông quan" }, 13,
							new Indicator("Tỷ lệ kiểm tra thực tế hàng hóa không quá", "PERCENT", "7", null)),
					new Task("Hiện đại hóa trang thiết bị kiểm tra, giám sát",
							new String[] { "máy soi container", "hệ thống camera giám sát" }, 13,
							new Indicator("Đưa máy soi container mới vào sử dụng", "COUNT", "4", "máy")),
					new Task("Cải cách thủ tục hành chính, giảm thời gian giải phóng hàng",
							new String[] { "cải cách thủ tục hành chính", "đo thời gian giải phóng hàng" }, 13,
							new Indicator("Thời gian giải phóng hàng giảm so với năm trước", "PERCENT", "10", null)),
					new Task("Phát triển quan hệ đối tác Hải quan – Doanh nghiệp",
							new String[] { "đối thoại với doanh nghiệp", "chương trình doanh nghiệp ưu tiên" }, 13,
							new Indicator("Hội nghị đối thoại với doanh nghiệp", "COUNT", "12", "hội nghị"))),
			new Area("Thu ngân sách nhà nước",
					new Task("Hoàn thành dự toán thu ngân sách nhà nước được giao",
							new String[] { "dự toán thu ngân sách nhà nước", "tiến độ thu ngân sách từng tháng" }, 14,
							new Indicator("Thu ngân sách nhà nước đạt dự toán", "PERCENT", "100", null),
							new Indicator("Số thu ngân sách nhà nước", "AMOUNT_VND", "315000000000000", "đồng")),
					new Task("Chống thất thu, quản lý nợ thuế", new String[] { "xử lý nợ thuế", "cưỡng chế nợ thuế" },
							13, new Indicator("Nợ thuế có khả năng thu giảm", "PERCENT", "5", null)),
					new Task("Kiểm soát trị giá hải quan, chống gian lận qua giá",
							new String[] { "tham vấn giá", "cơ sở dữ liệu giá" }, 13,
							new Indicator("Số thuế truy thu qua kiểm tra trị giá", "AMOUNT_VND", "500000000000",
									"đồng")),
					new Task("Quản lý mã số, xuất xứ hàng hóa",
							new String[] { "phân loại mã số hàng hóa", "kiểm tra xuất xứ hàng hóa" }, 13,
							new Indicator("Ban hành danh mục hàng hóa rủi ro về mã số", "YES_NO", "1", null)),
					new Task("Đấu tranh phòng, chống buôn lậu, gian lận thương mại",
							new String[] { "phòng, chống buôn lậu", "phòng, chống ma túy qua biên giới" }, 13,
							new Indicator("Vụ việc vi phạm được phát hiện, xử lý", "COUNT", "15000", "vụ"))),
			new Area("Xây dựng lực lượng Hải quan trong sạch, vững mạnh",
					new Task("Nâng cao chất lượng sinh hoạt chi bộ",
							new String[] { "sinh hoạt chi bộ thường kỳ", "sinh hoạt chuyên đề" }, 13,
							new Indicator("Chi bộ có sinh hoạt được xếp loại tốt", "PERCENT", "80", null)),
					new Task("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
							new String[] { "thực hiện Chỉ thị 05-CT/TW", "chuyên đề học tập năm" }, 13,
							new Indicator("Đảng viên viết bài thu hoạch", "PERCENT", "100", null)),
					new Task("Công tác tổ chức cán bộ, đào tạo, bồi dưỡng",
							new String[] { "quy hoạch cán bộ", "đào tạo, bồi dưỡng nghiệp vụ" }, 13,
							new Indicator("Lượt công chức được đào tạo, bồi dưỡng", "COUNT", "3000", "lượt")),
					new Task("Công tác phát triển đảng viên",
							new String[] { "bồi dưỡng quần chúng ưu tú", "kết nạp đảng viên mới" }, 13,
							new Indicator("Kết nạp đảng viên mới", "COUNT", "30", "đảng viên")),
					new Task("Kiểm tra, giám sát và thi hành kỷ luật đảng",
							new String[] { "kiểm tra, giám sát", "giải quyết đơn thư" }, 13,
							new Indicator("Tổ chức đảng được kiểm tra, giám sát", "COUNT", "20", "tổ chức")),
					new Task("Phòng, chống tham nhũng, tiêu cực",
							new String[] { "phòng, chống tham nhũng, tiêu cực", "kê khai tài sản, thu nhập" }, 13,
							new Indicator("Cán bộ thuộc diện kê khai hoàn thành kê khai", "PERCENT", "100", null)),
					new Task("Lãnh đạo Công đoàn, Đoàn Thanh niên và công tác dân vận",
							new String[] { "phong trào thi đua yêu nước", "mô hình Dân vận khéo" }, 12,
							new Indicator("Mô hình Dân vận khéo được công nhận", "COUNT", "10", "mô hình"))));

	/**
	 * The three grassroots committees and the office's committee, which own the
	 * activities in turn.
	 */
	static final List<String> OWNERS = List.of("DB-KVXI", "DB-KVI", "DB-KVII", "DB-COQUAN");

	@Override
	public void seed(DemoContext context) {
		LocalDate today = context.today();
		int year = today.getYear();
		Map<String, Long> units = context.ids("unit");
		long root = context.id("unit", "DBCHQ");
		List<Long> leads = this.jdbc.queryForList("""
				select pr.id from person_ref pr join unit_ref u on u.id = pr.work_unit_id
				where u.path like (select path from unit_ref where id = ?) || '%' and pr.job_title like '%Bí thư%'
				order by u.path, pr.id limit 12""", Long.class, root);

		long resolution2020 = document("01-NQ/ĐU", DocumentType.RESOLUTION, "ĐU", "Đảng ủy Cục Hải quan",
				LocalDate.of(YEAR_2020, 1, 8),
				"Nghị quyết về phương hướng, nhiệm vụ năm 2020 của Đảng bộ Tổng cục Hải quan", root);
		long adopting2020 = document("05-CTr/ĐU", DocumentType.PROGRAMME, "ĐU", "Đảng ủy Cục Hải quan",
				LocalDate.of(YEAR_2020, 1, 15), "Chương trình công tác năm 2020 của Đảng ủy Tổng cục Hải quan", root);
		long p2020 = programme(root, "PARTY_ANNUAL", "Chương trình công tác năm 2020 của Đảng ủy Tổng cục Hải quan",
				YEAR_2020, resolution2020);
		structure(p2020, YEAR_2020, AREAS, units, leads, Integer.MAX_VALUE);
		adopt(p2020, adopting2020, null, LocalDate.of(YEAR_2020, 1, 15));
		DemoProgress.seed(this.jdbc, p2020, LocalDate.of(YEAR_2020, 12, 31), DemoContext.RECORDED_BY);
		this.jdbc.update("update programme set state = 'CLOSED', closed_on = ?, version = version + 1 where id = ?",
				Date.valueOf(LocalDate.of(YEAR_2020 + 1, 1, 25)), p2020);

		LocalDate adoptedOn = min(LocalDate.of(year, 1, 15), today);
		long adopting = document("06-CTr/ĐU", DocumentType.PROGRAMME, "ĐU", "Đảng ủy Cục Hải quan", adoptedOn,
				"Chương trình công tác năm " + year + " của Đảng ủy Cục Hải quan", root);
		long current = programme(root, "PARTY_ANNUAL",
				"Chương trình công tác năm " + year + " của Đảng ủy Cục Hải quan", year, null);
		List<Long> tasks = structure(current, year, AREAS, units, leads, 3);
		adopt(current, adopting, null, adoptedOn);
		amendments(current, tasks, year, units);
		DemoProgress.seed(this.jdbc, current, today, DemoContext.RECORDED_BY);

		long kvxi = context.id("unit", "DB-KVXI");
		long kvxiProgramme = programme(kvxi, "PARTY_ANNUAL",
				"Chương trình công tác năm " + year + " của Đảng ủy Chi cục Hải quan khu vực XI", year, null);
		long area = area(kvxiProgramme, 1, "Cụ thể hóa chương trình của Đảng ủy Cục Hải quan");
		long kvxiTask = task(kvxiProgramme, area, 1, "1.1",
				"Nâng cao chất lượng sinh hoạt các chi bộ trực thuộc Đảng ủy khu vực XI", tasks.get(11));
		long kvxiTask2 = task(kvxiProgramme, area, 2, "1.2",
				"Thu ngân sách tại các cửa khẩu Cầu Treo, Cha Lo, Vũng Áng đạt dự toán", tasks.get(6));
		indicator(kvxiTask2, 1, "Thu ngân sách đạt dự toán được giao", "PERCENT", "100", null);
		List<Long> cells = this.jdbc.queryForList(
				"select id from unit_ref where parent_id = ? and closed_on is null order by path", Long.class, kvxi);
		activity(kvxiProgramme, kvxiTask, 1, "Hướng dẫn chi bộ xây dựng chuyên đề sinh hoạt hằng quý", null,
				LocalDate.of(year, 3, 31), DuePrecision.QUARTER, "Văn bản hướng dẫn", cells);
		activity(kvxiProgramme, kvxiTask, 2, "Dự sinh hoạt, góp ý chất lượng sinh hoạt chi bộ", null,
				LocalDate.of(year, 12, 31), DuePrecision.MONTH, "Báo cáo", cells.subList(0, Math.min(4, cells.size())));
		activity(kvxiProgramme, kvxiTask2, 1, "Rà soát, đôn đốc thu nợ thuế tại các cửa khẩu", null,
				LocalDate.of(year, 9, 30), DuePrecision.QUARTER, "Báo cáo thu nợ", List.of(kvxi));
		// Due within the reminder window from the demo's today: every cell's secretary
		// (Cầu Treo's among them)
		// sees it on the home page and among the reminders (decision 0273).
		activity(kvxiProgramme, kvxiTask, 3, "Báo cáo kết quả sinh hoạt chuyên đề của chi bộ", null,
				min(today.plusDays(5), LocalDate.of(year, 12, 31)), DuePrecision.DAY, "Báo cáo chuyên đề", cells);
		LocalDate kvxiAdopted = min(LocalDate.of(year, 1, 25), today);
		long kvxiDoc = document("12-CTr/ĐU", DocumentType.PROGRAMME, "ĐU", "Đảng ủy Chi cục Hải quan khu vực XI",
				kvxiAdopted, "Chương trình công tác năm " + year + " của Đảng ủy Chi cục Hải quan khu vực XI", kvxi);
		adopt(kvxiProgramme, kvxiDoc, null, kvxiAdopted);

		long cautreo = context.id("unit", "CB-CAUTREO");
		long cellProgramme = programme(cautreo, "PARTY_ANNUAL",
				"Chương trình công tác năm " + year + " của Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo", year, null);
		long cellArea = area(cellProgramme, 1, "Xây dựng chi bộ trong sạch, vững mạnh");
		long cellTask = task(cellProgramme, cellArea, 1, "1.1", "Sinh hoạt chi bộ đúng kỳ, có chuyên đề mỗi quý",
				kvxiTask);
		activity(cellProgramme, cellTask, 1, "Chọn chuyên đề sinh hoạt quý gắn với nhiệm vụ kiểm soát cửa khẩu", null,
				LocalDate.of(year, 3, 31), DuePrecision.QUARTER, "Nghị quyết chuyên đề", List.of(cautreo));

		long union = context.id("unit", "CD-CUC");
		long unionDoc = document("03/KH-CĐ", DocumentType.PLAN, "CĐ", "Công đoàn Cục Hải quan",
				min(LocalDate.of(year, 1, 20), today), "Kế hoạch công tác Công đoàn năm " + year, root);
		long unionProgramme = programme(union, "UNION_ANNUAL",
				"Chương trình công tác năm " + year + " của Công đoàn Cục Hải quan", year, null);
		small(unionProgramme, union, year, "Chăm lo đời sống, bảo vệ quyền lợi đoàn viên",
				new String[] { "Thăm hỏi đoàn viên ốm đau, hoàn cảnh khó khăn", "Tổ chức khám sức khỏe định kỳ",
						"Tổ chức Ngày hội gia đình công đoàn" },
				new Indicator("Đoàn viên được khám sức khỏe", "PERCENT", "100", null));
		adopt(unionProgramme, unionDoc, null, min(LocalDate.of(year, 1, 20), today));

		long youth = context.id("unit", "DTN-CUC");
		long youthProgramme = programme(youth, "YOUTH_ANNUAL",
				"Chương trình công tác năm " + year + " của Đoàn Thanh niên Cục Hải quan", year, null);
		small(youthProgramme, youth, year, "Tuổi trẻ Hải quan xung kích, tình nguyện",
				new String[] { "Tổ chức Tháng Thanh niên", "Ra quân Chiến dịch Mùa hè xanh",
						"Quyên góp ủng hộ đồng bào vùng lũ" },
				new Indicator("Công trình thanh niên", "COUNT", "5", "công trình"));

		context.recordHistory(
				"""
						select %s, 'demo', 'CREATE', 'Programme', p.id::text, p.unit_id, '{}'::jsonb,
						       jsonb_build_object('kind', p.kind, 'title', p.title, 'startsOn', p.starts_on::text, 'state', p.state)
						from programme p"""
					.formatted(DemoContext.morningOf("least(p.starts_on, current_date)")));
	}

	/**
	 * Areas, key tasks with their indicators, and up to {@code perTask} activities each;
	 * the tasks' ids.
	 */
	private List<Long> structure(long programme, int year, List<Area> areas, Map<String, Long> units, List<Long> leads,
			int perTask) {
		List<Long> tasks = new ArrayList<>();
		int n = 0;
		for (int a = 0; a < areas.size(); a++) {
			Area area = areas.get(a);
			long areaId = area(programme, a + 1, area.title());
			for (int t = 0; t < area.tasks().length; t++) {
				Task task = area.tasks()[t];
				long taskId = task(programme, areaId, t + 1, (a + 1) + "." + (t + 1), task.title(), null);
				tasks.add(taskId);
				for (int i = 0; i < task.indicators().length; i++) {
					Indicator ind = task.indicators()[i];
					indicator(taskId, i + 1, ind.name(), ind.kind(), ind.target(), ind.unitLabel());
				}
				int count = Math.min(task.activities(), perTask);
				for (int k = 0; k < count; k++) {
					Work work = WORKS.get(k % WORKS.size());
					String subject = task.subjects()[Math.min(k / WORKS.size(), task.subjects().length - 1)];
					LocalDate due = LocalDate.of(year, work.month(), work.day());
					List<Long> owners = (a == 2) ? List.of(units.get(OWNERS.get(n % OWNERS.size()))) : List
						.of(units.get(OWNERS.get(n % OWNERS.size())), units.get(OWNERS.get((n + 1) % OWNERS.size())));
					Long lead = (leads.isEmpty() || n % 3 != 0) ? null : leads.get(n % leads.size());
					activity(programme, taskId, k + 1, work.verb() + " " + subject, lead, due, work.precision(),
							work.deliverable(), owners);
					n++;
				}
			}
		}
		return tasks;
	}

	/**
	 * A small annual programme of a mass organisation: one area, one key task, its
	 * activities.
	 */
	private void small(long programme, long unit, int year, String title, String[] activities, Indicator indicator) {
		long area = area(programme, 1, title);
		long task = task(programme, area, 1, "1.1", title, null);
		indicator(task, 1, indicator.name(), indicator.kind(), indicator.target(), indicator.unitLabel());
		for (int i = 0; i < activities.length; i++) {
			activity(programme, task, i + 1, activities[i], null, LocalDate.of(year, 3 + i * 3, 28), DuePrecision.MONTH,
					null, List.of(unit));
		}
	}

	/**
	 * Two amendments of this year's programme through the module's own service, as an
	 * office records them: an activity added, and one moved to a later quarter.
	 */
	private void amendments(long programme, List<Long> tasks, int year, Map<String, Long> units) {
		StructureEdits.Stamp first = new StructureEdits.Stamp(version(programme),
				"Bổ sung theo Kết luận của Ban Thường vụ Đảng ủy về đẩy mạnh chuyển đổi số", null, null);
		this.edits.addActivity(programme,
				new StructureEdits.ActivityInput(tasks.get(1), "Triển khai ứng dụng chuyển đổi số trong công tác đảng",
						null, null, LocalDate.of(year, 10, 31), DuePrecision.MONTH, "Báo cáo", null,
						List.of(units.get("DB-COQUAN")), null),
				first, OFFICE);
		Long moved = this.jdbc.queryForObject(
				"select id from programme_activity where task_id = ? order by position limit 1", Long.class,
				tasks.get(7));
		StructureEdits.Stamp second = new StructureEdits.Stamp(version(programme),
				"Lùi thời hạn do điều chỉnh dự toán thu ngân sách giữa năm", null, null);
		this.edits.changeActivity(programme, moved, new StructureEdits.ActivityInput(null, null, null, null,
				LocalDate.of(year, 6, 30), DuePrecision.QUARTER, null, null, null, null), false, second, OFFICE);
	}

	private int version(long programme) {
		return this.jdbc.queryForObject("select version from programme where id = ?", Integer.class, programme);
	}

	private long document(String citation, DocumentType type, String issuerCode, String issuerName, LocalDate day,
			String summary, long ownerUnit) {
		Long issuer = this.directives.issuers(true)
			.stream()
			.filter((i) -> i.code().equals(issuerCode) && i.fullName().equals(issuerName))
			.map(Issuer::id)
			.findFirst()
			.orElse(null);
		return this.directives
			.register(new NewDocument(citation, type, issuer, day, summary, null, day, null, ownerUnit), OFFICE)
			.id();
	}

	private long programme(long unit, String kind, String title, int year, Long resolution) {
		return this.jdbc.queryForObject(
				"""
						insert into programme (unit_id, kind, title, search, period_kind, starts_on, ends_on, resolution_document_id,
						                       roll_up, created_by)
						values (?, ?, ?, ?, 'YEAR', ?, ?, ?, ?, 'demo') returning id""",
				Long.class, unit, kind, title, VietnameseText.fold(title), Date.valueOf(LocalDate.of(year, 1, 1)),
				Date.valueOf(LocalDate.of(year, 12, 31)), resolution, (year == YEAR_2020) ? "WEIGHTED" : "EQUAL");
	}

	private void adopt(long programme, Long document, Long meeting, LocalDate on) {
		this.jdbc.update(
				"""
						update programme set state = 'ADOPTED', adopting_document_id = ?, adopting_meeting_id = ?, adopted_on = ?,
						       version = version + 1 where id = ?""",
				document, meeting, Date.valueOf(on), programme);
	}

	private long area(long programme, int position, String title) {
		return this.jdbc.queryForObject(
				"insert into programme_area (programme_id, position, title) values (?, ?, ?) returning id", Long.class,
				programme, position, title);
	}

	private long task(long programme, long area, int position, String code, String title, Long parent) {
		return this.jdbc.queryForObject("""
				insert into programme_task (programme_id, area_id, position, code, title, weight, parent_task_id)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, programme, area, position, code, title,
				BigDecimal.valueOf((position % 3 == 0) ? 2 : 1), parent);
	}

	private void indicator(long task, int position, String name, String kind, String target, String unitLabel) {
		this.jdbc.update("""
				insert into programme_indicator (task_id, position, name, kind, target, unit_label)
				values (?, ?, ?, ?, ?, ?)""", task, position, name, kind, new BigDecimal(target), unitLabel);
	}

	private void activity(long programme, long task, int position, String title, Long lead, LocalDate due,
			DuePrecision precision, String deliverable, List<Long> owners) {
		LocalDate end = switch (precision) {
			case DAY -> due;
			case MONTH -> due.withDayOfMonth(due.lengthOfMonth());
			case QUARTER -> {
				LocalDate q = due.withMonth(((due.getMonthValue() - 1) / 3) * 3 + 3);
				yield q.withDayOfMonth(q.lengthOfMonth());
			}
		};
		long id = this.jdbc.queryForObject(
				"""
						insert into programme_activity (programme_id, task_id, position, title, lead_person_id, due_on, due_precision,
						                                deliverable)
						values (?, ?, ?, ?, ?, ?, ?, ?) returning id""",
				Long.class, programme, task, position, title, lead, Date.valueOf(end), precision.name(), deliverable);
		for (Long owner : owners) {
			this.jdbc.update(
					"insert into programme_activity_owner (activity_id, unit_id, programme_id) values (?, ?, ?)", id,
					owner, programme);
		}
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

}
