package vn.dangvu.directive.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Demo documents (docs/demo-data.md, "Documents"): Party and state directives, 12/QĐ-CĐ
 * of 2015 replaced by 07/QĐ-CĐ of 2020, and Chỉ thị 05-CT/TW cascaded from the Party root
 * to the grassroots committees and their cells with a mix of done, due soon and overdue
 * actions, implemented by the plan 448-KH/ĐU of Đảng ủy khu vực XI. Dates of the cascade
 * are relative to the day the data is loaded. Units by their codes and people by their
 * demo keys come from the {@link DemoContext}; only directive tables are written.
 */
@Component
@Order(600)
@RequiredArgsConstructor
class DemoDirectives implements DemoSeed {

	/** The union of the demo tree (organisation's demo key). */
	static final String UNION_ROOT = "CD-CUC";

	private final JdbcTemplate jdbc;

	@Override
	public void seed(DemoContext context) {
		// by citation, for the meetings that list them to be read (decision 0228)
		context.put("document", load(this.jdbc, context.ids("unit"), context.ids("person"), context.today()));
	}

	record Doc(String citation, String number, String typeCode, String docType, String style, String issuerCode,
			String issuerName, LocalDate issueDate, String summary, String ownerCode, String fullText) {

	}

	/** Loads the documents and the cascade; the documents' ids by citation. */
	static Map<String, Long> load(JdbcTemplate jdbc, Map<String, Long> unitIds, Map<String, Long> personIds,
			LocalDate today) {
		jdbc.update(
				"""
						insert into directive_issuer (code, full_name, level, style, parent_name, unit_id, search_text)
						values ('ĐU', 'Đảng ủy Chi cục Hải quan khu vực XI', 'GRASSROOTS', 'PARTY', 'Đảng bộ Cục Hải quan', ?, ?)""",
				unitIds.get("DB-KVXI"), VietnameseText.fold("ĐU Đảng ủy Chi cục Hải quan khu vực XI"));
		// the union's own decisions are issued by the union of the demo tree: its
		// officers see them
		jdbc.update(
				"update directive_issuer set unit_id = ? where code = 'CĐ' and full_name = 'Công đoàn Cục Hải quan'",
				unitIds.get(UNION_ROOT));
		LocalDate assigned = today.minusDays(25);
		List<Doc> docs = documents(assigned);
		java.util.HashMap<String, Long> ids = new java.util.HashMap<>();
		for (Doc d : docs) {
			Long issuer = jdbc.queryForObject("select id from directive_issuer where code = ? and full_name = ?",
					Long.class, d.issuerCode(), d.issuerName());
			Long term = jdbc.query(
					"select id from directive_term where starts_on <= ? and ends_on > ? order by starts_on desc limit 1",
					(rs) -> rs.next() ? rs.getLong(1) : null, Date.valueOf(d.issueDate()), Date.valueOf(d.issueDate()));
			String search = VietnameseText.fold(d.citation() + " " + d.issuerCode() + " " + d.issuerName() + " "
					+ d.summary() + (d.fullText() == null ? "" : " " + d.fullText()));
			Long id = jdbc.queryForObject("""
					insert into directive_document (style, number, number_value, type_code, doc_type, issuer_id,
					    issuer_code, citation, issue_date, term_id, summary, effective_on, full_text, owner_unit_id,
					    search_text, created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id""", Long.class, d.style(),
					d.number(), Integer.parseInt(d.number()), d.typeCode(), d.docType(), issuer, d.issuerCode(),
					d.citation(), Date.valueOf(d.issueDate()), term, d.summary(), Date.valueOf(d.issueDate()),
					d.fullText(), unitIds.get(d.ownerCode()), search);
			ids.put(d.citation(), id);
		}
		link(jdbc, ids.get("07/QĐ-CĐ"), ids.get("12/QĐ-CĐ"), "REPLACES", LocalDate.of(2020, 6, 15));
		link(jdbc, ids.get("448-KH/ĐU"), ids.get("05-CT/TW"), "IMPLEMENTS", null);
		cascade(jdbc, ids, unitIds, personIds, assigned, today);
		return ids;
	}

	/**
	 * The cascade of 05-CT/TW and one member's reading of it (the dates relative to
	 * {@code today}).
	 */
	private static void cascade(JdbcTemplate jdbc, Map<String, Long> ids, Map<String, Long> unitIds,
			Map<String, Long> personIds, LocalDate assigned, LocalDate today) {

		// the cascade of 05-CT/TW: root → grassroots committees (dissemination, plan),
		// each committee → its cells (dissemination, interim review)
		long directive = ids.get("05-CT/TW");
		long root = unitIds.get("DBCHQ");
		List<String> committees = List.of("DB-KVXI", "DB-KVI", "DB-KVII", "DB-COQUAN");
		for (String code : committees) {
			long unit = unitIds.get(code);
			long a = assign(jdbc, directive, unit, root, null, assigned);
			boolean kvxi = code.equals("DB-KVXI");
			action(jdbc, a, "DISSEMINATE", assigned.plusDays(14),
					kvxi || code.equals("DB-KVI") ? assigned.plusDays(4) : null, kvxi ? 25 : 19, kvxi ? 27 : 21, null);
			action(jdbc, a, "PLAN", assigned.plusDays(28), kvxi ? assigned.plusDays(6) : null, null, null,
					kvxi ? ids.get("448-KH/ĐU") : null);
			LocalDate cellsAssigned = assigned.plusDays(7);
			List<Long> cells = jdbc.queryForList("""
					select id from unit_ref where kind = 'CELL' and closed_on is null
					and path like (select path from unit_ref where id = ?) || '%' order by path""", Long.class, unit);
			int i = 0;
			for (long cell : cells) {
				long ca = assign(jdbc, directive, cell, unit, a, cellsAssigned);
				// KVXI cells were due 15 days after; the Cơ quan cells have longer (due
				// soon)
				LocalDate due = code.equals("DB-COQUAN") ? today.plusDays(3) : cellsAssigned.plusDays(15);
				boolean done = i % 3 == 0 || cell == unitIds.get("CB-CAUTREO");
				action(jdbc, ca, "DISSEMINATE", due, done ? cellsAssigned.plusDays(8) : null, done ? 14 + i % 5 : null,
						done ? 16 + i % 5 : null, null);
				action(jdbc, ca, "INTERIM_REVIEW", today.plusDays(90), null, null, null, null);
				i++;
			}
		}
		Long duc = personIds.get("Nguyễn Văn Đức");
		if (duc != null) {
			jdbc.update("insert into directive_study (document_id, person_id, read_at) values (?, ?, now())", directive,
					duc);
		}
	}

	/**
	 * The registered documents; the plan of Đảng ủy khu vực XI dated after
	 * {@code assigned}.
	 */
	private static List<Doc> documents(LocalDate assigned) {
		return List.of(new Doc("99-QĐ/TW", "99", "QĐ", "DECISION", "PARTY", "TW", "Ban Chấp hành Trung ương Đảng",
				LocalDate.of(2017, 10, 3),
				"Ban hành Hướng dẫn khung để các cấp ủy, tổ chức đảng tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
				"DBCHQ", null),
				new Doc("12/QĐ-CĐ", "12", "QĐ", "DECISION", "STATE", "CĐ", "Công đoàn Cục Hải quan",
						LocalDate.of(2015, 3, 10), "Ban hành Quy chế chi tiêu nội bộ của Công đoàn Cục Hải quan",
						"DBCHQ", null),
				new Doc("07/QĐ-CĐ", "07", "QĐ", "DECISION", "STATE", "CĐ", "Công đoàn Cục Hải quan",
						LocalDate.of(2020, 6, 15),
						"Ban hành Quy chế chi tiêu nội bộ của Công đoàn Cục Hải quan (thay thế Quyết định số 12/QĐ-CĐ)",
						"DBCHQ", null),
				new Doc("120-KL/TW", "120", "KL", "CONCLUSION", "PARTY", "TW", "Ban Chấp hành Trung ương Đảng",
						LocalDate.of(2016, 1, 7),
						"Về tiếp tục đẩy mạnh thực hiện Chỉ thị số 30-CT/TW của Bộ Chính trị khóa VIII về xây dựng và thực hiện Quy chế dân chủ ở cơ sở",
						"DBCHQ", null),
				new Doc("05-CT/TW", "05", "CT", "DIRECTIVE", "PARTY", "TW", "Ban Chấp hành Trung ương Đảng",
						LocalDate.of(2016, 5, 15),
						"Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "DBCHQ",
						"Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
								+ "Các cấp ủy, tổ chức đảng quán triệt sâu sắc nội dung Chỉ thị, xây dựng kế hoạch thực hiện, "
								+ "định kỳ sơ kết, tổng kết."),
				new Doc("01/NQ-CP", "01", "NQ", "RESOLUTION", "STATE", "CP", "Chính phủ", LocalDate.of(2024, 1, 5),
						"Về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2024",
						"DBCHQ", null),
				new Doc("448-KH/ĐU", "448", "KH", "PLAN", "PARTY", "ĐU", "Đảng ủy Chi cục Hải quan khu vực XI",
						assigned.plusDays(6),
						"Kế hoạch thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
						"DB-KVXI", null));
	}

	private static void link(JdbcTemplate jdbc, long from, long to, String kind, LocalDate on) {
		jdbc.update(
				"insert into directive_link (from_id, to_id, kind, effective_on, created_by) values (?, ?, ?, ?, 'demo')",
				from, to, kind, on == null ? null : Date.valueOf(on));
	}

	private static long assign(JdbcTemplate jdbc, long doc, long unit, long from, Long parent, LocalDate on) {
		return jdbc.queryForObject(
				"""
						insert into directive_assignment (document_id, unit_id, from_unit_id, parent_id, assigned_on, created_by)
						values (?, ?, ?, ?, ?, 'demo') returning id""",
				Long.class, doc, unit, from, parent, Date.valueOf(on));
	}

	private static void action(JdbcTemplate jdbc, long assignment, String kind, LocalDate due, LocalDate done,
			Integer present, Integer total, Long report) {
		List<Object> args = new ArrayList<>(List.of(assignment, kind, Date.valueOf(due)));
		args.add(done == null ? null : Date.valueOf(done));
		args.add(present);
		args.add(total);
		args.add(report);
		jdbc.update("""
				insert into directive_action (assignment_id, kind, due_on, done_on, present, total, report_document_id,
				    recorded_by) values (?, ?, ?, ?, ?, ?, ?, 'demo')""", args.toArray());
	}

}
