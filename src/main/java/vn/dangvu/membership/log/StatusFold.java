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
		Fold fold = new Fold();
		for (LogEntry e : live(log)) {
			if (e.occurredOn().isAfter(asOf)) {
				break;
			}
			fold.apply(e);
		}
		return fold.status(personId, asOf);
	}

	/**
	 * The events that count, in order: cancelled ones and the corrections left out, a
	 * baseline's later {@code fullOn} added as a CONVERTED event.
	 */
	private static List<LogEntry> live(List<LogEntry> log) {
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
		return live;
	}

	private LocalDate probationEnd(LocalDate admitted) {
		return admitted.plusMonths(this.probationMonths.applyAsInt(admitted));
	}

	/** The standing so far, event after event. */
	private final class Fold {

		private Standing standing = Standing.NONE;

		private Long cell;

		private boolean transit;

		private LocalDate since;

		private LocalDate admitted;

		private LocalDate probationEnds;

		private LocalDate full;

		void apply(LogEntry e) {
			switch (e.type()) {
				case "RECORDED" -> recorded(e);
				case "ADMITTED" -> {
					this.standing = Standing.PROBATIONARY;
					this.admitted = e.occurredOn();
					this.probationEnds = probationEnd(this.admitted);
					this.full = null;
					in(e);
				}
				case "CONVERTED" -> {
					if (this.standing == Standing.PROBATIONARY) {
						this.standing = Standing.FULL;
						this.full = e.occurredOn();
					}
				}
				case "TRANSFER_OUT" -> transferredOut(e);
				case "TRANSFER_IN" -> transferredIn(e);
				case "STRUCK_OFF", "EXPELLED", "DIED" -> {
					// the event's type names the standing it ends in
					this.standing = Standing.valueOf(e.type());
					this.cell = null;
					this.since = null;
					this.transit = false;
				}
				default -> {
					// CARD_ISSUED, TEMPORARY_OUT, TEMPORARY_BACK: the official cell stays
				}
			}
		}

		private void recorded(LogEntry e) {
			LocalDate fullOn = e.date("fullOn");
			this.admitted = e.date("admittedOn");
			boolean fullNow = fullOn != null ? !fullOn.isAfter(e.occurredOn())
					: !"PROBATIONARY".equals(e.text("standing"));
			this.standing = fullNow ? Standing.FULL : Standing.PROBATIONARY;
			this.full = fullNow ? (fullOn != null ? fullOn : null) : null;
			if (this.admitted == null && !fullNow) {
				this.admitted = e.occurredOn();
			}
			this.probationEnds = this.admitted == null ? null : probationEnd(this.admitted);
			in(e);
		}

		private void transferredOut(LogEntry e) {
			if (e.otherUnitId() != null) {
				this.transit = true;
			}
			else {
				this.standing = this.standing.isMember() ? Standing.TRANSFERRED_OUT : this.standing;
				this.transit = false;
			}
			this.cell = null;
			this.since = null;
		}

		private void transferredIn(LogEntry e) {
			if (!this.standing.isMember()) {
				this.standing = "PROBATIONARY".equals(e.text("standing")) ? Standing.PROBATIONARY : Standing.FULL;
				LocalDate admittedOn = e.date("admittedOn");
				if (admittedOn != null) {
					this.admitted = admittedOn;
					this.probationEnds = probationEnd(admittedOn);
				}
			}
			in(e);
		}

		/** In the event's cell from its day, no longer in transit. */
		private void in(LogEntry e) {
			this.cell = e.unitId();
			this.since = e.occurredOn();
			this.transit = false;
		}

		MemberStatus status(long personId, LocalDate asOf) {
			boolean member = this.standing == Standing.PROBATIONARY || this.standing == Standing.FULL;
			return new MemberStatus(personId, asOf, this.standing, this.cell, this.transit, this.since, this.admitted,
					member ? this.probationEnds : null, this.full);
		}

	}

}
