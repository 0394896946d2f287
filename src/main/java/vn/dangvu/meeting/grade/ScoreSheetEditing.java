package vn.dangvu.meeting.grade;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.meeting.access.MeetingInput;
import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.ConflictException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;

/**
 * A committee's own score sheet (issue 11, item 5; decision 0225): criteria, points and
 * grade bands for its subtree, in force from a day. A sheet is never edited once written:
 * a change is a new sheet from a later day, so every grade keeps the sheet it was given
 * by. An office defines sheets for the units its scope covers (not a cell: a committee
 * scores its cells); an administrator also the default for every unit.
 */
@Component
@RequiredArgsConstructor
public class ScoreSheetEditing {

	/** The checks a record proves; the four first need a threshold. */
	public static final List<String> AUTO_CHECKS = List.of("ATTENDANCE", "NO_LONG_ABSENCE", "PARTICIPATION", "DURATION",
			"NO_UNEXCUSED", "RESOLUTION", "MINUTES");

	private static final Set<String> WITH_THRESHOLD = Set.of("ATTENDANCE", "NO_LONG_ABSENCE", "PARTICIPATION",
			"DURATION");

	/** At most this many criteria on a sheet. */
	public static final int MAX_CRITERIA = 30;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final ScoreSheets sheets;

	private final OrganisationApi organisation;

	private final UnitScopes scopes;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * A sheet as typed: the unit (null: the default), its first day, bands and criteria.
	 */
	public record Draft(Long unitId, LocalDate validFrom, String name, String source, BigDecimal goodMin,
			BigDecimal fairMin, BigDecimal averageMin, List<CriterionDraft> criteria) {
	}

	/** A criterion as typed; {@code autoCheck} null or blank: scored by hand. */
	public record CriterionDraft(String code, String labelVi, String labelEn, BigDecimal points, String autoCheck,
			BigDecimal threshold, Boolean mustFull) {
	}

	/** A sheet in a list: its unit (null: every unit), day, bands, and size. */
	public record SheetRow(long id, Long unitId, String unitName, LocalDate validFrom, String name, String source,
			BigDecimal goodMin, BigDecimal fairMin, BigDecimal averageMin, int criteria, BigDecimal maximum) {
	}

	/** Whether the caller defines sheets at all. */
	public static boolean mayDefine(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

	/**
	 * The units the caller may define a sheet for: committees of its scope, not cells.
	 */
	@Transactional(readOnly = true)
	public List<UnitDto> units(Caller caller) {
		if (!mayDefine(caller)) {
			return List.of();
		}
		Set<UnitKind> kinds = new HashSet<>(
				Set.of(UnitKind.BLOC_COMMITTEE, UnitKind.GRASSROOTS_COMMITTEE, UnitKind.SUB_COMMITTEE));
		return this.organisation.visibleUnits(this.scopes.of(caller), kinds).stream().filter(UnitDto::isOpen).toList();
	}

	/**
	 * The sheets that bear on the caller's cells: the defaults, those of the units above
	 * its scope and those inside it; newest first within a unit.
	 */
	@Transactional(readOnly = true)
	public List<SheetRow> list(Caller caller) {
		UnitScope scope = this.scopes.of(caller);
		return this.jdbc.sql("""
				select s.id, s.unit_id, u.name, s.valid_from, s.name, s.source, s.good_min, s.fair_min, s.average_min,
				       (select count(*) from meeting_score_criterion c where c.sheet_id = s.id),
				       (select coalesce(sum(c.points), 0) from meeting_score_criterion c where c.sheet_id = s.id)
				from meeting_score_sheet s left join unit_ref u on u.id = s.unit_id
				where s.unit_id is null or %s
				   or exists (select 1 from unnest(cast(:prefixes as text[])) p where p like u.path || '%%')
				order by u.path nulls first, s.valid_from desc, s.id desc""".formatted(UnitScope.condition("u")))
			.params(scope.params())
			.param("prefixes", scope.pathPrefixes().toArray(String[]::new))
			.query((rs, n) -> new SheetRow(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
					rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getInt(10), rs.getBigDecimal(11)))
			.list();
	}

	/** One sheet the caller's list holds; else 404. */
	@Transactional(readOnly = true)
	public ScoreSheet sheet(long id, Caller caller) {
		if (list(caller).stream().noneMatch((r) -> r.id() == id)) {
			throw NotFoundException.of("scoreSheet", id);
		}
		return this.sheets.byId(id);
	}

	/** Writes a new sheet, whole or not at all; its id. */
	@Transactional
	public long create(Draft d, Caller caller) {
		if (!mayDefine(caller)) {
			throw new NotPermittedException("meeting.sheet.notPermitted");
		}
		Long unitId = d.unitId();
		if (unitId == null && !caller.isAdmin()) {
			throw RuleViolationException.onField("unitId", "meeting.sheet.unitRequired");
		}
		if (unitId != null && units(caller).stream().noneMatch((u) -> u.id() == unitId)) {
			throw RuleViolationException.onField("unitId", "meeting.sheet.unitOutside");
		}
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate from = MeetingInput.day("validFrom", MeetingInput.required("validFrom", d.validFrom()), today);
		if (from.isBefore(today)) {
			throw RuleViolationException.onField("validFrom", "meeting.sheet.past");
		}
		String name = MeetingInput.text("name", d.name(), 200, true);
		String source = MeetingInput.text("source", d.source(), 300, true);
		List<CriterionDraft> criteria = criteria(d.criteria());
		BigDecimal maximum = criteria.stream().map(CriterionDraft::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal good = band("goodMin", d.goodMin());
		BigDecimal fair = band("fairMin", d.fairMin());
		BigDecimal average = band("averageMin", d.averageMin());
		if (good.compareTo(maximum) > 0) {
			throw RuleViolationException.onField("goodMin", "meeting.sheet.goodAboveMaximum", maximum.toPlainString());
		}
		if (fair.compareTo(good) >= 0) {
			throw RuleViolationException.onField("fairMin", "meeting.sheet.bandsOrder");
		}
		if (average.compareTo(fair) >= 0) {
			throw RuleViolationException.onField("averageMin", "meeting.sheet.bandsOrder");
		}
		// one writer per unit: two sheets of a unit from the same day are one too many
		this.jdbc
			.sql("select pg_advisory_xact_lock(hashtext('meeting_score_sheet'), cast(mod(:u, 2147483647) as integer))")
			.param("u", (unitId == null) ? 0L : unitId)
			.query()
			.singleRow();
		boolean taken = this.jdbc.sql(
				"select exists (select 1 from meeting_score_sheet where unit_id is not distinct from :u and valid_from = :f)")
			.param("u", unitId)
			.param("f", from)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new ConflictException("validFrom", "meeting.sheet.sameDay");
		}
		long id = this.jdbc.sql("""
				insert into meeting_score_sheet (unit_id, valid_from, name, source, good_min, fair_min, average_min,
				                                 created_by)
				values (:u, :f, :name, :source, :good, :fair, :average, :by) returning id""")
			.param("u", unitId)
			.param("f", from)
			.param("name", name)
			.param("source", source)
			.param("good", good)
			.param("fair", fair)
			.param("average", average)
			.param("by", caller.username())
			.query(Long.class)
			.single();
		int position = 1;
		for (CriterionDraft c : criteria) {
			this.jdbc
				.sql("""
						insert into meeting_score_criterion (sheet_id, code, position, label_vi, label_en, points, auto_check,
						                                     threshold, must_full)
						values (:s, :code, :pos, :vi, :en, :points, :auto, :threshold, :full)""")
				.param("s", id)
				.param("code", c.code())
				.param("pos", position++)
				.param("vi", c.labelVi())
				.param("en", c.labelEn())
				.param("points", c.points())
				.param("auto", c.autoCheck())
				.param("threshold", c.threshold())
				.param("full", Boolean.TRUE.equals(c.mustFull()))
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("validFrom", from.toString());
		after.put("name", name);
		after.put("bands", List.of(good, fair, average));
		after.put("criteria", criteria.stream().map(CriterionDraft::code).toList());
		this.events.publishEvent(RecordChanged.created("MeetingScoreSheet", id, unitId, after));
		return id;
	}

	private static BigDecimal band(String field, BigDecimal value) {
		BigDecimal v = MeetingInput.required(field, value);
		if (v.signum() < 0 || v.scale() > 1 || v.compareTo(BigDecimal.valueOf(9999)) > 0) {
			throw RuleViolationException.onField(field, "meeting.sheet.points");
		}
		return v;
	}

	/**
	 * The criteria checked and tidied: codes unique, each check once, thresholds where
	 * due.
	 */
	private static List<CriterionDraft> criteria(List<CriterionDraft> in) {
		List<CriterionDraft> typed = (in == null) ? List.of()
				: in.stream().filter((c) -> c != null && !blankRow(c)).toList();
		if (typed.isEmpty()) {
			throw RuleViolationException.onField("criteria", "meeting.sheet.noCriteria");
		}
		if (typed.size() > MAX_CRITERIA) {
			throw RuleViolationException.onField("criteria", "meeting.sheet.tooManyCriteria", MAX_CRITERIA);
		}
		Set<String> codes = new HashSet<>();
		Set<String> checks = new HashSet<>();
		List<CriterionDraft> out = new ArrayList<>();
		for (int i = 0; i < typed.size(); i++) {
			CriterionDraft c = typed.get(i);
			String at = "criteria[" + i + "].";
			String code = MeetingInput.text(at + "code", c.code(), 40, true).toUpperCase(java.util.Locale.ROOT);
			if (!code.matches("[A-Z_]{2,40}")) {
				throw RuleViolationException.onField(at + "code", "meeting.sheet.codeInvalid", i + 1);
			}
			if (!codes.add(code)) {
				throw RuleViolationException.onField(at + "code", "meeting.sheet.codeTwice", code);
			}
			String vi = MeetingInput.text(at + "labelVi", c.labelVi(), 300, true);
			String en = MeetingInput.text(at + "labelEn", c.labelEn(), 300, false);
			BigDecimal points = MeetingInput.required(at + "points", c.points());
			if (points.signum() <= 0 || points.scale() > 1 || points.compareTo(HUNDRED) > 0) {
				throw RuleViolationException.onField(at + "points", "meeting.sheet.points");
			}
			String check = (c.autoCheck() == null || c.autoCheck().isBlank()) ? null
					: c.autoCheck().strip().toUpperCase(java.util.Locale.ROOT);
			if (check != null && !AUTO_CHECKS.contains(check)) {
				throw RuleViolationException.onField(at + "autoCheck", "meeting.sheet.check", check);
			}
			if (check != null && !checks.add(check)) {
				throw RuleViolationException.onField(at + "autoCheck", "meeting.sheet.checkTwice");
			}
			BigDecimal threshold = (check != null && WITH_THRESHOLD.contains(check)) ? c.threshold() : null;
			if (check != null && WITH_THRESHOLD.contains(check)) {
				MeetingInput.required(at + "threshold", threshold);
				boolean percent = !"NO_LONG_ABSENCE".equals(check) && !"DURATION".equals(check);
				if (threshold.signum() <= 0 || threshold.scale() > 1
						|| threshold.compareTo(percent ? HUNDRED : BigDecimal.valueOf(600)) > 0) {
					throw RuleViolationException.onField(at + "threshold", "meeting.sheet.threshold");
				}
			}
			out.add(new CriterionDraft(code, vi, (en == null) ? vi : en, points, check, threshold,
					Boolean.TRUE.equals(c.mustFull())));
		}
		return out;
	}

	private static boolean blankRow(CriterionDraft c) {
		return (c.code() == null || c.code().isBlank()) && (c.labelVi() == null || c.labelVi().isBlank())
				&& c.points() == null;
	}

}
