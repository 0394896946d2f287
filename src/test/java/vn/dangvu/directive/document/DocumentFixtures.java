package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.directive.DocumentType;

/**
 * Units and drafts of its own for each test, so that tests sharing a database never meet.
 */
record DocumentFixtures(JdbcClient jdbc) {

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	long unit(String kind, String name, Long parent) {
		String code = "T-DOC-" + unique();
		return this.jdbc
			.sql("insert into org_unit (code, kind, name, parent_id, path, depth, search_text, established_on) "
					+ "values (:c, :k, :n, :p, '', 0, :s, date '2020-01-01') returning id")
			.param("c", code)
			.param("k", kind)
			.param("n", name + " " + code)
			.param("p", parent)
			.param("s", code.toLowerCase())
			.query(Long.class)
			.single();
	}

	static DocumentDraft draft(long unitId, DocumentType type, LocalDate date) {
		return new DocumentDraft(unitId, type, "Đảng bộ Cục Hải quan", "Đảng ủy Chi cục thử nghiệm",
				"Về việc học tập Nghị quyết", "Nội dung thứ nhất.\n\n- Ý thứ hai.", "Hà Tĩnh", date, "T/M Đảng ủy",
				"Bí thư", "Trần Văn Hùng", "- Các chi bộ,\n- Lưu Văn phòng.", 14, null);
	}

}
