package vn.dangvu.programme;

/** Where an owner unit stands on an activity (its latest progress record). */
public enum ActivityStatus {

	NOT_STARTED, IN_PROGRESS, DONE, CANCELLED

}
