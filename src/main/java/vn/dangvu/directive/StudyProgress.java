package vn.dangvu.directive;

import java.time.Instant;
import java.util.List;

/** Who in a cell has read and studied a directive assigned to it. */
public record StudyProgress(long unitId, String unitName, int members, int read, int studied, List<Reader> people) {

	public record Reader(long personId, String fullName, Instant readAt, Instant studiedAt) {

	}

}
