package vn.dangvu.meeting;

import java.time.OffsetDateTime;

/**
 * One signed version of a meeting's minutes (decision 0226): version 1 is the signature,
 * each later one a change of the record after it, with its reason.
 *
 * @param signedBy the account that signed or changed
 * @param signerName that account's name as shown
 * @param reason why the signed minutes were changed (null for version 1)
 * @param meetingVersion the version of the meeting's record the text was made from
 */
public record MinutesVersion(int version, OffsetDateTime signedAt, String signedBy, String signerName, String reason,
		int meetingVersion) {

}
