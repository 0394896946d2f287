package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.membership.log.PartyStatus;
import vn.dangvu.platform.error.NotFoundException;

/**
 * The membership module's public face: a person's Party standing on any date, derived
 * from the append-only log (decision 0100). The status reads are not scoped (they answer
 * facts other modules need for work already scoped, such as dues); {@link #timeline} is.
 * It only delegates (decision 0200); features inside membership use {@link PartyStatus}.
 */
@Service
@RequiredArgsConstructor
public class MembershipApi {

	private final PartyStatus status;

	/**
	 * The person's Party standing and cell on a date (CANDIDATE while a file is open).
	 */
	public MemberStatus statusOn(long personId, LocalDate date) {
		return this.status.statusOn(personId, date);
	}

	/**
	 * The standing of several people on a date, as {@link #statusOn} answers each, with
	 * their logs read in one statement.
	 */
	public Map<Long, MemberStatus> statusesOn(Collection<Long> personIds, LocalDate date) {
		return this.status.statusesOn(personIds, date);
	}

	/** True when the person was a full member on that date. */
	public boolean isFullMember(long personId, LocalDate date) {
		return this.status.isFullMember(personId, date);
	}

	/** True when the person was a Party member (probationary or full) on that date. */
	public boolean isMember(long personId, LocalDate date) {
		return this.status.isMember(personId, date);
	}

	/** The full members of a cell on a date, by person id. */
	public List<Long> fullMembersOf(long cellId, LocalDate date) {
		return this.status.fullMembersOf(cellId, date);
	}

	/** Every member (probationary and full) of a cell on a date, with their standing. */
	public List<MemberStatus> membersOf(long cellId, LocalDate date) {
		return this.status.membersOf(cellId, date);
	}

	/**
	 * Every event of a person the current caller may see, oldest first.
	 * @throws NotFoundException when absent or out of the caller's scope
	 */
	public List<MemberEvent> timeline(long personId) {
		return this.status.timeline(personId);
	}

}
