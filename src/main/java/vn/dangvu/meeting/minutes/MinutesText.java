package vn.dangvu.meeting.minutes;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import vn.dangvu.directive.PartyText;
import vn.dangvu.directive.PartyText.Block;
import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.MeetingView.Attendance;
import vn.dangvu.meeting.Presence;

/**
 * The minutes (biên bản sinh hoạt chi bộ) written from a held meeting's record: who
 * chaired and took them, the attendance of the members expected that day, the agenda with
 * its notes, who spoke, the resolution and its vote, the grade when there is one, and the
 * secretary's and the chair's signatures. The fixed words belong to the form, like the
 * Party documents' (decision 0226), so they are not in the message bundle.
 */
final class MinutesText {

	static final String TITLE = "Biên bản";

	private static final Locale VI = Locale.forLanguageTag("vi");

	private MinutesText() {
	}

	/**
	 * @param superiorName the committee above the cell (may be empty)
	 * @param place the place of the date line (may be empty)
	 * @param grade the grade in words ("Tốt"), or null when not graded
	 */
	static PartyText of(MeetingView m, String superiorName, String place, String grade) {
		List<Block> body = new ArrayList<>();
		body.add(Block.paragraph(opening(m)));
		body.add(Block.heading("I. THÀNH PHẦN"));
		attendance(m, body);
		body.add(Block.heading("II. NỘI DUNG"));
		for (MeetingView.AgendaItem item : m.agenda()) {
			body.add(Block.heading(
					item.position() + ". " + item.title() + (item.criticism() ? " (tự phê bình và phê bình)" : "")));
			lines(item.notes(), body);
		}
		body.add(Block.paragraph(speakers(m)));
		body.add(Block.heading("III. NGHỊ QUYẾT"));
		if (m.resolution() == null) {
			body.add(Block.paragraph("Chi bộ không ra nghị quyết."));
		}
		else {
			lines(m.resolution(), body);
		}
		if (m.votesFor() != null) {
			body.add(Block.paragraph(vote(m)));
		}
		if (grade != null) {
			body.add(Block.paragraph("Xếp loại chất lượng sinh hoạt: " + grade + "."));
		}
		if (m.heldTo() != null) {
			body.add(Block.paragraph("Buổi sinh hoạt kết thúc hồi " + time(m.heldTo()) + " cùng ngày."));
		}
		return new PartyText(superiorName, m.unitName(), place, m.meetsOn(), TITLE, subtitle(m), body,
				new PartyText.Signature("", "Thư ký", name(m.secretaryName())),
				new PartyText.Signature("", "Chủ trì", name(m.chairName())));
	}

	static String subtitle(MeetingView m) {
		String what = (m.kind() == MeetingKind.THEMATIC) ? "Sinh hoạt chi bộ chuyên đề: " + m.topic()
				: "Sinh hoạt chi bộ thường kỳ tháng " + m.meetsOn().getMonthValue() + " năm " + m.meetsOn().getYear();
		return what.toUpperCase(VI);
	}

	private static String opening(MeetingView m) {
		String kind = (m.kind() == MeetingKind.THEMATIC) ? "sinh hoạt chuyên đề “" + m.topic() + "”"
				: "sinh hoạt thường kỳ tháng " + m.meetsOn().getMonthValue() + " năm " + m.meetsOn().getYear();
		String where = (m.place() == null) ? "" : ", tại " + m.place();
		LocalTime start = (m.heldFrom() != null) ? m.heldFrom() : m.startsAt();
		return "Hôm nay, hồi " + time(start) + " ngày " + m.meetsOn().getDayOfMonth() + " tháng "
				+ m.meetsOn().getMonthValue() + " năm " + m.meetsOn().getYear() + where + ", " + m.unitName()
				+ " tiến hành " + kind + ".";
	}

	private static void attendance(MeetingView m, List<Block> body) {
		List<Attendance> all = m.attendance();
		long probationary = count(all, Attendance::probationary);
		long present = count(all, (a) -> a.presence() == Presence.PRESENT);
		long presentProbationary = count(all, (a) -> a.presence() == Presence.PRESENT && a.probationary());
		body.add(Block.bullet("- Chủ trì: đồng chí " + name(m.chairName()) + "."));
		body.add(Block.bullet("- Thư ký: đồng chí " + name(m.secretaryName()) + "."));
		body.add(Block.bullet("- Tổng số đảng viên của chi bộ: " + all.size() + " đồng chí ("
				+ (all.size() - probationary) + " chính thức, " + probationary + " dự bị)."));
		body.add(Block.bullet("- Có mặt: " + present + "/" + all.size() + " đồng chí"
				+ ((presentProbationary > 0) ? ", trong đó " + presentProbationary + " đảng viên dự bị" : "") + "."));
		List<String> excused = all.stream()
			.filter((a) -> a.presence() == Presence.EXCUSED)
			.map((a) -> a.fullName() + " (" + a.reason() + ")")
			.toList();
		body.add(Block.bullet("- Vắng có lý do: " + names(excused)));
		List<String> unexcused = all.stream()
			.filter((a) -> a.presence() == Presence.UNEXCUSED)
			.map((a) -> a.fullName() + ((a.reason() == null) ? "" : " (" + a.reason() + ")"))
			.toList();
		body.add(Block.bullet("- Vắng không lý do: " + names(unexcused)));
		if (m.guests() != null && !m.guests().isBlank()) {
			body.add(Block.bullet("- Khách mời: " + m.guests().strip() + "."));
		}
	}

	private static String speakers(MeetingView m) {
		List<String> names = m.attendance().stream().filter(Attendance::spoke).map(Attendance::fullName).toList();
		if (names.isEmpty()) {
			return "Ý kiến phát biểu: không có đồng chí nào phát biểu.";
		}
		return "Ý kiến phát biểu: " + names.size() + "/" + m.presentCount()
				+ " đồng chí dự họp đã phát biểu (các đồng chí " + String.join(", ", names) + ").";
	}

	private static String vote(MeetingView m) {
		long voters = count(m.attendance(), (a) -> a.presence() == Presence.PRESENT && !a.probationary());
		return "Kết quả biểu quyết (" + voters + " đảng viên chính thức có mặt): tán thành " + m.votesFor() + "/"
				+ voters + ", không tán thành " + orZero(m.votesAgainst()) + "/" + voters + ", không biểu quyết "
				+ orZero(m.votesAbstain()) + "/" + voters + ".";
	}

	/** "0." or "2 đồng chí: A (ốm), B." */
	private static String names(List<String> names) {
		return names.isEmpty() ? "0." : names.size() + " đồng chí: " + String.join(", ", names) + ".";
	}

	/** Typed lines: one block each, "- " and "+ " lines as bullets. */
	private static void lines(String text, List<Block> body) {
		if (text == null) {
			return;
		}
		for (String raw : text.replace("\r\n", "\n").split("\n")) {
			String line = raw.strip();
			if (!line.isEmpty()) {
				body.add((line.startsWith("- ") || line.startsWith("+ ")) ? Block.bullet(line) : Block.paragraph(line));
			}
		}
	}

	private static long count(List<Attendance> all, Predicate<Attendance> test) {
		return all.stream().filter(test).count();
	}

	private static String name(String name) {
		return (name == null) ? "" : name;
	}

	private static int orZero(Integer n) {
		return (n == null) ? 0 : n;
	}

	/** "14 giờ 00". */
	static String time(LocalTime t) {
		return t.getHour() + " giờ " + ((t.getMinute() < 10) ? "0" : "") + t.getMinute();
	}

}
