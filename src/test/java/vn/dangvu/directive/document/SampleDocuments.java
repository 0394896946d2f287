package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.dangvu.directive.DocumentType;

/** Documents for rendering tests, written as an office would write them. */
final class SampleDocuments {

	static final String BODY = """
			Thực hiện Kế hoạch số 99-KH/ĐU ngày 10/11/2026 của Đảng ủy Cục Hải quan về tổ chức học tập, quán triệt Nghị quyết Đại hội, Đảng ủy Chi cục Hải quan khu vực XI xây dựng Kế hoạch thực hiện như sau:

			I. MỤC ĐÍCH, YÊU CẦU
			1. Tổ chức học tập, quán triệt nghiêm túc, đầy đủ đến toàn thể cán bộ, đảng viên trong Đảng bộ.
			- Bảo đảm 100% đảng viên được học tập.
			- Gắn việc học tập với nhiệm vụ chính trị của đơn vị.
			II. TỔ CHỨC THỰC HIỆN
			Các chi bộ trực thuộc xây dựng kế hoạch của chi bộ, báo cáo kết quả về Văn phòng Đảng ủy trước ngày 15/12/2026.
			""";

	private SampleDocuments() {
	}

	static PartyDocument plan(Integer number) {
		return document(DocumentType.PLAN, number, "Về việc học tập, quán triệt Nghị quyết Đại hội Đảng bộ");
	}

	static PartyDocument document(DocumentType type, Integer number, String summary) {
		return new PartyDocument(1, 2, "Đảng bộ Chi cục Hải quan khu vực XI", 3, "ĐU", type,
				number == null ? PartyDocument.Status.DRAFT : PartyDocument.Status.ISSUED, "Đảng bộ Cục Hải quan",
				"Đảng ủy Chi cục Hải quan khu vực XI", summary, BODY, "Hà Tĩnh", LocalDate.of(2026, 11, 22),
				"T/M Đảng ủy", "Bí thư", "Trần Văn Hùng",
				"- Đảng ủy Cục Hải quan (để b/c),\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng.", 14, null, null, number,
				number == null ? null : DocumentNumber.citation(number, type, "ĐU").format(), null,
				number == null ? null : OffsetDateTime.now(), null, 0);
	}

}
