package vn.dangvu.programme;

/**
 * How a programme's progress is rolled up, chosen per programme and stated on screen:
 * every activity weighs the same, or by the weights of the key tasks and activities.
 */
public enum RollUpRule {

	EQUAL, WEIGHTED

}
