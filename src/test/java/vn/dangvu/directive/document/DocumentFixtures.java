package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.testkit.TestUnits;

/**
 * Units and drafts of its own for each test, so that tests sharing a database never meet.
 */
record DocumentFixtures(JdbcClient jdbc) {

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	long unit(String kind, String name, Long parent) {
		String code = "T-DOC-" + unique();
		return TestUnits.insert(this.jdbc, code, kind, name + " " + code, parent);
	}

	static DocumentDraft draft(long unitId, DocumentType type, LocalDate date) {
		return new DocumentDraft(unitId, type, "Đảng bộ Cục Hải quan", "Đảng ủy Chi cục thử nghiệm",
				"Về việc học tập Nghị quyết", "Nội dung thứ nhất.\n\n- Ý thứ hai.", "Hà Tĩnh", date, "T/M Đảng ủy",
				"Bí thư", "Trần Văn Hùng", "- Các chi bộ,\n- Lưu Văn phòng.", 14, null);
	}

}
