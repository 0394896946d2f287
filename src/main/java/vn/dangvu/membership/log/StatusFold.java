package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import lombok.RequiredArgsConstructor;

import vn.dangvu.membership.MemberStatus;
import vn.dangvu.membership.Standing;

/**
 * Derives the Party standing on a date from a person's PARTY log (decision 0100): events
 * after the date are ignored, an event cancelled by a CORRECTED event is skipped, a
 * RECORDED baseline with {@code details.fullOn} turns full on that day.
 */
@RequiredArgsConstructor
public final class StatusFold {

	private final ToIntFunction<LocalDate> probationMonths;

	public MemberStatus fold(long personId, List<LogEntry> log, LocalDate asOf) {
		Set<Long> voided = new HashSet<>();
		for (LogEntry e : log) {
			if ("CORRECTED".equals(e.type()) && e.correctsId() != null) {
				voided.add(e.correctsId());
			}
		}
		List<LogEntry> live = new ArrayList<>();
		for (LogEntry e : log) {
			if (voided.contains(e.id()) || "CORRECTED".equals(e.type())) {
				continue;
			}
			live.add(e);
			LocalDate fullOn = "RECORDED".equals(e.type()) ? e.date("fullOn") : null;
			if (fullOn != null && fullOn.isAfter(e.occurredOn())) {
				live.add(new LogEntry(e.id(), "CONVERTED", fullOn, e.unitId(), null, null, null));
			}
		}
		live.sort(Comparator.comparing(LogEntry::occurredOn).thenComparing(LogEntry::id));
		Standing standing = Standing.NONE;
		Long cell = null;
		boolean transit = false;
		LocalDate since = null;
		LocalDate admitted = null;
		LocalDate probationEnds = null;
		LocalDate full = null;
		for (LogEntry e : live) {
			if (e.occurredOn().isAfter(asOf)) {
				break;
			}
			switch (e.type()) {
				case "RECORDED" -> {
					LocalDate fullOn = e.date("fullOn");
					admitted = e.date("admittedOn");
					boolean fullNow = fullOn != null ? !fullOn.isAfter(e.occurredOn())
							: !"PROBATIONARY".equals(e.text("standing"));
					standing = fullNow ? Standing.FULL : Standing.PROBATIONARY;
					full = fullNow ? (fullOn != null ? fullOn : null) : null;
					if (admitted == null && !fullNow) {
						admitted = e.occurredOn();
					}
					probationEnds = admitted == null ? null
							: admitted.plusMonths(this.probationMonths.applyAsInt(admitted));
					cell = e.unitId();
					since = e.occurredOn();
					transit = false;
				}
				case "ADMITTED" -> {
					standing = Standing.PROBATIONARY;
					admitted = e.occurredOn();
					probationEnds = admitted.plusMonths(this.probationMonths.applyAsInt(admitted));
					full = null;
					cell = e.unitId();
					since = e.occurredOn();
					transit = false;
				}
				case "CONVERTED" -> {
					if (standing == Standing.PROBATIONARY) {
						standing = Standing.FULL;
						full = e.occurredOn();
					}
				}
				case "TRANSFER_OUT" -> {
					if (e.otherUnitId() != null) {
						transit = true;
					}
					else {
						standing = standing.isMember() ? Standing.TRANSFERRED_OUT : standing;
						transit = false;
					}
					cell = null;
					since = null;
				}
				case "TRANSFER_IN" -> {
					if (!standing.isMember()) {
						standing = "PROBATIONARY".equals(e.text("standing")) ? Standing.PROBATIONARY : Standing.FULL;
						LocalDate admittedOn = e.date("admittedOn");
						if (admittedOn != null) {
							admitted = admittedOn;
							probationEnds = admittedOn.plusMonths(this.probationMonths.applyAsInt(admittedOn));
						}
					}
					cell = e.unitId();
					since = e.occurredOn();
					transit = false;
				}
				case "STRUCK_OFF", "EXPELLED", "DIED" -> {
					// the event's type names the standing it ends in
					standing = Standing.valueOf(e.type());
					cell = null;
					since = null;
					transit = false;
				}
				default -> {
					// CARD_ISSUED, TEMPORARY_OUT, TEMPORARY_BACK: the official cell stays
				}
			}
		}
		return new MemberStatus(personId, asOf, standing, cell, transit, since, admitted,
				standing == Standing.PROBATIONARY || standing == Standing.FULL ? probationEnds : null, full);
	}

}
