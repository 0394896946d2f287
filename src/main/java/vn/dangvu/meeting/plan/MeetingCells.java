package vn.dangvu.meeting.plan;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.MembershipApi;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.meeting.access.MeetingAccess;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.platform.web.Choice;

/**
 * The cells a caller can open the meetings of: those of its scope, or a member's own
 * cell.
 */
@Component
@RequiredArgsConstructor
class MeetingCells {

	/**
	 * A scope larger than this is chosen by typing a cell's id in the address, not from a
	 * list.
	 */
	static final int MAX_CHOICES = 1000;

	private final JdbcClient jdbc;

	private final MeetingAccess access;

	private final MembershipApi membership;

	private final Clock clock;

	@Transactional(readOnly = true)
	List<Choice> choices(Caller caller) {
		UnitScope scope = this.access.scope(caller);
		if (scope.isEmpty()) {
			if (caller.personId() == null) {
				return List.of();
			}
			MemberStatus status = this.membership.statusOn(caller.personId(), VietnamTime.today(this.clock));
			if (!status.isMember() || status.cellId() == null) {
				return List.of();
			}
			return this.access.findCell(status.cellId())
				.map((c) -> List.of(Choice.of(c.id(), c.name())))
				.orElse(List.of());
		}
		return this.jdbc.sql("""
				select u.id, u.name from unit_ref u where u.kind = 'CELL' and u.closed_on is null and %s
				order by u.path limit %d""".formatted(UnitScope.condition("u"), MAX_CHOICES))
			.params(scope.params())
			.query((rs, n) -> Choice.of(rs.getLong(1), rs.getString(2)))
			.list();
	}

}
