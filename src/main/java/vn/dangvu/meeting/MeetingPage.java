package vn.dangvu.meeting;

import java.util.List;

/** One page of meetings, newest day last, with the total that matched. */
public record MeetingPage(List<MeetingSummary> items, int page, int size, long total) {

}
