package vn.dangvu.meeting.plan;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.MeetingDetail;
import vn.dangvu.meeting.MinutesVersion;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.meeting.grade.Grading;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * One meeting as its page and the API show it: the record, its score card, the signed
 * versions of its minutes, the caller's rights.
 */
@Service
@RequiredArgsConstructor
public class MeetingDetails {

	private final MeetingAccess access;

	private final MeetingQueries queries;

	private final Grading grading;

	private final Clock clock;

	@Transactional(readOnly = true)
	public MeetingDetail detail(long meetingId, Caller caller) {
		Head head = this.access.meeting(meetingId, caller);
		boolean mayWrite = this.access.mayWrite(caller, head.cell());
		boolean mayRecord = mayWrite && !"CANCELLED".equals(head.state()) && !head.graded()
				&& !head.meetsOn().isAfter(VietnamTime.today(this.clock));
		List<MinutesVersion> minutes = this.queries.minutesVersions(meetingId);
		boolean maySign = mayWrite && "HELD".equals(head.state()) && minutes.isEmpty();
		return new MeetingDetail(this.queries.read(head, caller), this.grading.card(head).orElse(null), mayWrite,
				mayRecord, this.access.mayGrade(caller, head.cell()), maySign, minutes);
	}

}
