package vn.dangvu.meeting.record;

import java.time.LocalDate;
import java.time.LocalTime;

import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.time.PageDates;

/** When a meeting may be recorded as held, and what its times and votes may be. */
final class RecordPolicy {

	private RecordPolicy() {
	}

	static Verdict recordable(Head head, LocalDate today) {
		if ("CANCELLED".equals(head.state())) {
			return Verdict.reject("meeting.record.cancelled").on("state");
		}
		if (head.graded()) {
			return Verdict.reject("meeting.record.graded").on("state");
		}
		if (head.meetsOn().isAfter(today)) {
			return Verdict.reject("meeting.record.future", PageDates.format(head.meetsOn())).on("meetsOn");
		}
		return Verdict.ok();
	}

	/**
	 * Signed minutes change only with a reason: the change becomes their next version
	 * (decision 0226).
	 */
	static Verdict reasonAfterSigning(boolean signed, String reason) {
		return (!signed || reason != null) ? Verdict.ok()
				: Verdict.reject("meeting.minutes.reasonRequired").on("reason");
	}

	static Verdict times(LocalTime from, LocalTime to) {
		return to.isAfter(from) ? Verdict.ok() : Verdict.reject("meeting.record.endBeforeStart").on("heldTo");
	}

	/**
	 * For, against and abstaining together no more than the full members present (who
	 * vote).
	 */
	static Verdict votes(int votesFor, int against, int abstain, int voters) {
		if (votesFor < 0 || against < 0 || abstain < 0) {
			return Verdict.reject("meeting.record.votesNegative").on("votesFor");
		}
		return (votesFor + against + abstain <= voters) ? Verdict.ok()
				: Verdict.reject("meeting.record.votesTooMany", voters).on("votesFor");
	}

}
