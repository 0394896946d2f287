package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/**
 * Reminds a cell secretary of members whose unpaid Party dues this year reach the
 * striking-off threshold (decision 0111). Only for secretaries: their cells are few.
 */
@Component
@RequiredArgsConstructor
class DuesReminders implements ReminderSource {

	static final int MAX_UNITS = 5;

	private final DuesLedgers ledgers;

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		List<Reminder> out = new ArrayList<>();
		if (caller.personId() != null) {
			this.ledgers.ownPartyDues(caller.personId(), today)
				.filter((own) -> !own.unpaidMonths().isEmpty())
				.ifPresent((own) -> out.add(new Reminder("DUES_OWN_DEBT", "dues.reminder.ownDebt",
						List.of(own.unpaidMonths().size(), String.format("%,d", own.debt()).replace(',', '.')),
						own.unpaidMonths().get(0).month().atEndOfMonth(), Reminder.Urgency.OVERDUE, own.unitId(),
						"/membership/dues/person/" + caller.personId())));
		}
		if (!caller.has(Role.CELL_SECRETARY)) {
			return out;
		}
		YearMonth month = YearMonth.from(today);
		List<DuesUnit> units = this.ledgers.units(caller, DuesKind.PARTY);
		for (DuesUnit unit : units.subList(0, Math.min(MAX_UNITS, units.size()))) {
			Ledger ledger = this.ledgers.ledger(caller, DuesKind.PARTY, unit.id(), month);
			for (Ledger.Row row : ledger.rows()) {
				if (row.strikingOff()) {
					out.add(new Reminder("DUES_STRIKING_OFF", "dues.reminder.strikingOff",
							List.of(row.fullName(), row.unpaidMonthsInYear(), String.valueOf(month.getYear()),
									unit.name()),
							today, Reminder.Urgency.DUE_SOON, unit.id(),
							"/membership/dues?unit=" + unit.id() + "&month=" + month));
				}
			}
		}
		return out;
	}

}
