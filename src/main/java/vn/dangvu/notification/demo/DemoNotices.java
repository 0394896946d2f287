package vn.dangvu.notification.demo;

import java.time.format.DateTimeFormatter;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.dangvu.notification.Notice;
import vn.dangvu.notification.notice.NoticeService;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;

/**
 * Demo notices (docs/demo-data.md, "Notices"): a meeting invitation to the fixed people
 * of Chi bộ Cầu Treo and a document to read for the member {@code dangvien}, sent through
 * the module's own service; in demo mode their mails stay in the outbox.
 */
@Component
@Order(650)
@RequiredArgsConstructor
class DemoNotices implements DemoSeed {

	private static final String CELL = "CB-CAUTREO";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final NoticeService notices;

	@Override
	public void seed(DemoContext context) {
		long cell = context.id("unit", CELL);
		long secretary = context.id("person", "Phan Đình Thắng");
		long member = context.id("person", "Nguyễn Văn Đức");
		long youth = context.id("person", "Lê Thị Thu Trang");
		String day = DAY.format(context.today().plusDays(7));
		this.notices
			.send(new Notice(Set.of(secretary, member, youth), "Giấy mời sinh hoạt chi bộ thường kỳ ngày " + day,
					"""
							Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo trân trọng kính mời đồng chí dự sinh hoạt chi bộ thường kỳ.
							Thời gian: 14 giờ 00 ngày %s.
							Địa điểm: Phòng họp Đội Hải quan cửa khẩu quốc tế Cầu Treo.
							Nội dung: Đánh giá kết quả thực hiện nhiệm vụ trong tháng; quán triệt Chỉ thị 05-CT/TW.
							Tài liệu cần đọc trước: Chỉ thị 05-CT/TW về tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh."""
						.formatted(day),
					"/directives", "MEETING_NOTICE", "demo:meeting", cell));
		this.notices.send(new Notice(Set.of(member), "Văn bản cần nghiên cứu: Chỉ thị 05-CT/TW",
				"Đề nghị đồng chí nghiên cứu Chỉ thị 05-CT/TW trước buổi sinh hoạt chi bộ ngày " + day + ".",
				"/directives", "DOCUMENT_TO_READ", "demo:directive", cell));
	}

}
