package vn.dangvu.programme;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.cascade.OwnActivityQueries;
import vn.dangvu.programme.plan.ProgrammeQueries;
import vn.dangvu.programme.progress.ReviewQueries;

/**
 * The programme module's public face: the programmes a caller sees, one programme's
 * structure, and the figures a review report quotes (activities in all, done and overdue
 * by area; indicators with their targets). It only delegates.
 */
@Service
@RequiredArgsConstructor
public class ProgrammeApi {

	private final ProgrammeQueries queries;

	private final OwnActivityQueries own;

	private final ReviewQueries reviews;

	/**
	 * The programmes of a unit (null: every one the caller sees) whose period meets a
	 * year (null: any), newest first.
	 */
	public ProgrammePage programmes(Long unitId, Integer year, int page, int size, Caller caller) {
		return this.queries.list(new ProgrammeQueries.Filter(unitId, year, null, null, null), null, false, page, size,
				caller);
	}

	/** One programme with its areas, key tasks, indicators and activities; 404 unseen. */
	public ProgrammeStructure structure(long programmeId, Caller caller) {
		return this.queries.structure(programmeId, caller);
	}

	/** The counts of a programme on a day, for review reports. */
	public ProgrammeCounts counts(long programmeId, LocalDate asOf, Caller caller) {
		return this.queries.counts(programmeId, asOf, caller);
	}

	/**
	 * A programme reviewed over [from, to] (null: the programme's own start or end): what
	 * was due, done and late by area and by owner unit (every one in the caller's scope),
	 * the indicators achieved; {@link ProgrammeReview#summary()} words the totals. 404
	 * unseen; 422 on {@code from} when from is after to or the period misses the
	 * programme's.
	 */
	public ProgrammeReview review(long programmeId, LocalDate from, LocalDate to, Caller caller) {
		return this.reviews.review(programmeId, from, to, null, null, caller);
	}

	/** The amendments of an adopted programme, oldest first. */
	public List<ProgrammeAmendment> amendments(long programmeId, Caller caller) {
		return this.queries.amendments(programmeId, caller);
	}

	/**
	 * The caller's own open activities (owned by the units they hold, or led by them) in
	 * adopted programmes, soonest first, at most {@code limit}, with their total.
	 */
	public OwnActivities ownActivities(Caller caller, LocalDate today, int limit) {
		return this.own.of(caller, today, limit);
	}

}
