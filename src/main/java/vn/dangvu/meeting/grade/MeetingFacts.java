package vn.dangvu.meeting.grade;

/**
 * What a held meeting's record proves, for the automatic criteria.
 *
 * @param expected members expected that day
 * @param present of them present
 * @param unexcused absent without a reason
 * @param longestAbsenceRun the longest run of meetings in a row (ending with this one)
 * that one member missed, excused or not
 * @param minutes from the actual start to the actual end
 * @param speakers members present who spoke
 * @param voters full members present (probationary members do not vote)
 * @param votesFor votes for the resolution
 * @param hasResolution the resolution's text is recorded
 * @param minutesComplete chair, secretary, times, an agenda item with notes and the
 * resolution are all recorded
 */
record MeetingFacts(int expected, int present, int unexcused, int longestAbsenceRun, long minutes, int speakers,
		int voters, int votesFor, boolean hasResolution, boolean minutesComplete) {

}
