package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's own open activities for the home page (decision 0273): those owned by the
 * units they hold and those they lead, in adopted programmes, soonest due first;
 * {@code total} counts them all.
 */
public record OwnActivities(List<Item> items, long total) {

	public record Item(long activityId, String title, LocalDate dueOn, boolean overdue, long programmeId,
			String programmeTitle, String unitName) {

	}

}
