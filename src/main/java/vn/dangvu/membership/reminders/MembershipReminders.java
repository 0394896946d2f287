package vn.dangvu.membership.reminders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.membership.admission.AdmissionQueries.AdmissionRow;
import vn.dangvu.membership.admission.AdmissionQueries;
import vn.dangvu.membership.admission.AdmissionStep;
import vn.dangvu.membership.log.Scoped;
import vn.dangvu.membership.probation.ProbationList.ProbationRow;
import vn.dangvu.membership.probation.ProbationList;
import vn.dangvu.membership.transfer.TransferQueries.TransferRow;
import vn.dangvu.membership.transfer.TransferQueries;
import vn.dangvu.notification.Reminder.Urgency;
import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.rules.RulesApi;

/**
 * Membership deadlines as reminders, derived when read: probation ending (30 days
 * before), the 30-working-day conversion window (overdue after it), the admission
 * decision (60 working days) and ceremony (30 working days), transfers to present.
 */
@Component
@RequiredArgsConstructor
public class MembershipReminders implements ReminderSource {

	private final ProbationList probation;

	private final AdmissionQueries admissions;

	private final TransferQueries transfers;

	private final RulesApi rules;

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		if (!Scoped.canRecord(caller)) {
			return List.of();
		}
		List<Reminder> out = new ArrayList<>();
		int before = this.rules.valueOn("membership.probation.reminder-days-before", today).asInt();
		probation(caller, today, before, out);
		admissions(caller, today, out);
		transfers(caller, today, before, out);
		return out;
	}

	/** Probation ending within {@code before} days, conversion due once it ended. */
	private void probation(Caller caller, LocalDate today, int before, List<Reminder> out) {
		for (ProbationRow p : this.probation.list(caller, null, today)) {
			String link = p.admissionId() != null ? "/membership/admissions/" + p.admissionId()
					: "/membership/probation";
			if (today.isBefore(p.endsOn())) {
				if (!today.isBefore(p.endsOn().minusDays(before))) {
					out.add(new Reminder("PROBATION_ENDING", "membership.reminder.probationEnding",
							List.of(p.fullName(), PageDates.format(p.endsOn()), p.cellName()), p.endsOn(),
							Urgency.DUE_SOON, p.cellId(), link));
				}
			}
			else {
				out.add(new Reminder("CONVERSION_DUE", "membership.reminder.conversionDue",
						List.of(p.fullName(), PageDates.format(p.endsOn()), PageDates.format(p.conversionDeadline()),
								p.cellName()),
						p.conversionDeadline(), p.overdue() ? Urgency.OVERDUE : Urgency.DUE_SOON, p.cellId(), link));
			}
		}
	}

	/** Open admission files waiting for the decision or the ceremony, page by page. */
	private void admissions(Caller caller, LocalDate today, List<Reminder> out) {
		int page = 0;
		while (true) {
			var rows = this.admissions.open(caller, page, 200);
			List<AdmissionRow> deciding = rows.stream()
				.filter((r) -> r.nextStep() == AdmissionStep.DECISION || r.nextStep() == AdmissionStep.CEREMONY)
				.toList();
			Map<Long, LocalDate> due = this.admissions.dueOn(deciding);
			for (AdmissionRow r : deciding) {
				LocalDate dueOn = due.get(r.id());
				if (dueOn == null) {
					continue;
				}
				String key = r.nextStep() == AdmissionStep.DECISION ? "membership.reminder.decisionDue"
						: "membership.reminder.ceremonyDue";
				out.add(new Reminder(
						r.nextStep() == AdmissionStep.DECISION ? "ADMISSION_DECISION_DUE" : "ADMISSION_CEREMONY_DUE",
						key, List.of(r.personName(), PageDates.format(dueOn), r.cellName()), dueOn,
						today.isAfter(dueOn) ? Urgency.OVERDUE : Urgency.DUE_SOON, r.cellId(),
						"/membership/admissions/" + r.id()));
			}
			if (!rows.hasNext()) {
				break;
			}
			page++;
		}
	}

	/**
	 * Transfers sent to a cell to present at, temporary transfers ending within
	 * {@code before} days.
	 */
	private void transfers(Caller caller, LocalDate today, int before, List<Reminder> out) {
		for (TransferRow t : this.transfers.list(caller, true)) {
			if ("SENT".equals(t.state()) && t.toCellId() != null && t.presentDeadline() != null) {
				out.add(new Reminder("TRANSFER_TO_PRESENT", "membership.reminder.transferPresent",
						List.of(t.personName(), t.fromCellName(), t.toCellName(),
								PageDates.format(t.presentDeadline())),
						t.presentDeadline(), today.isAfter(t.presentDeadline()) ? Urgency.OVERDUE : Urgency.DUE_SOON,
						t.mayReceive() ? t.toCellId() : t.fromCellId(), "/membership/transfers"));
			}
			else if ("TEMPORARY".equals(t.kind()) && t.plannedUntil() != null
					&& !today.isBefore(t.plannedUntil().minusDays(before))) {
				out.add(new Reminder("TEMPORARY_TRANSFER_ENDING", "membership.reminder.temporaryEnding",
						List.of(t.personName(), PageDates.format(t.plannedUntil())), t.plannedUntil(),
						today.isAfter(t.plannedUntil()) ? Urgency.OVERDUE : Urgency.DUE_SOON, t.fromCellId(),
						"/membership/transfers"));
			}
		}
	}

}
