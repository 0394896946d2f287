package vn.dangvu.membership.mass;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/** Reminds a youth officer of members past the age limit today (decision 0112). */
@Component
@RequiredArgsConstructor
class YouthReminders implements ReminderSource {

	private final MassMembership mass;

	private final YouthMaturation youth;

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		if (!caller.has(Role.YOUTH_OFFICER) || this.mass.units(MassOrganisation.YOUTH, caller).isEmpty()) {
			return List.of();
		}
		long count = this.youth.pastLimit(caller, today, 0, 1).getTotalElements();
		if (count == 0) {
			return List.of();
		}
		return List.of(new Reminder("YOUTH_PAST_AGE_LIMIT", "youth.reminder.pastLimit", List.of(count), today,
				Reminder.Urgency.INFO, null, "/membership/youth"));
	}

}
