package vn.dangvu.people.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.Cccd;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.text.PlainText;
import vn.dangvu.platform.text.VietnameseName;

/**
 * Every rule a person record must keep, checked all at once so that a form or an import
 * row shows all its problems together.
 */
@Component
@RequiredArgsConstructor
class PersonRules {

	static final int MIN_AGE = 16;

	static final int MAX_AGE = 80;

	private static final Pattern EMAIL = Pattern
		.compile("^[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}$");

	private static final Pattern PHONE = Pattern.compile("^(\\+84|0)\\d{9,10}$");

	private final PeopleUnits units;

	private final JdbcClient jdbc;

	/**
	 * @param existingId the person being changed, or null for a new one
	 * @param unchangedUnits the stored record whose units may stay as they are, or null
	 */
	List<Verdict> check(PersonDraft d, Long existingId, UnitScope scope, LocalDate today, PersonDraft unchangedUnits) {
		List<Verdict> v = new ArrayList<>(checkValues(d, existingId == null, today));
		for (AffiliationKind kind : AffiliationKind.values()) {
			Long unitId = d.unitOf(kind);
			if (unitId == null) {
				continue;
			}
			if (unchangedUnits != null && unitId.equals(unchangedUnits.unitOf(kind))) {
				// Kept as it was: chosen earlier by someone entitled to, even if it
				// closed since
				// or lies outside this caller's scope (a cell secretary editing a member
				// who
				// works elsewhere).
				continue;
			}
			UnitRef unit = this.units.find(unitId).filter((u) -> scope.covers(u.path())).orElse(null);
			if (unit == null) {
				v.add(Verdict.reject("person.unit.notFound", unitId).on(kind.field()));
			}
			else if (!kind.accepts(unit.kind())) {
				v.add(Verdict.reject("person.unit.wrongKind." + kind.name(), unit.name()).on(kind.field()));
			}
			else if (!unit.isOpenOn(today)) {
				v.add(Verdict.reject("person.unit.closed", unit.name()).on(kind.field()));
			}
		}
		if (d.cccd() != null && Cccd.check(d.cccd(), null, null).isEmpty() && isRegistered(d.cccd(), existingId)) {
			v.add(Verdict.reject(PersonRejected.DUPLICATE_CCCD).on("cccd"));
		}
		return v;
	}

	boolean isRegistered(String cccd, Long exceptId) {
		return this.jdbc.sql("select exists (select 1 from person where cccd = :cccd and id <> :id)")
			.param("cccd", cccd)
			.param("id", exceptId == null ? -1L : exceptId)
			.query(Boolean.class)
			.single();
	}

	/** The rules that need no database: names, dates, CCCD, contact details. */
	static List<Verdict> checkValues(PersonDraft d, boolean creating, LocalDate today) {
		List<Verdict> v = new ArrayList<>();
		if (d.fullName() == null) {
			v.add(Verdict.reject("person.fullName.required").on("fullName"));
		}
		else if (d.fullName().length() > 150) {
			v.add(Verdict.reject("person.fullName.tooLong", 150).on("fullName"));
		}
		else if (!PlainText.isPlain(d.fullName())) {
			v.add(Verdict.reject(PlainText.INVISIBLE).on("fullName"));
		}
		else {
			VietnameseName name = VietnameseName.parse(d.fullName());
			if (name.family().isEmpty()) {
				v.add(Verdict.reject("person.fullName.oneWord").on("fullName"));
			}
			else if (name.family().length() > 50 || name.given().length() > 50 || name.middle().length() > 100) {
				v.add(Verdict.reject("person.fullName.tooLong", 150).on("fullName"));
			}
		}
		if (d.birthDate() == null) {
			v.add(Verdict.reject("person.birthDate.required").on("birthDate"));
		}
		else if (d.birthDate().isAfter(today)) {
			v.add(Verdict.reject("person.birthDate.future").on("birthDate"));
		}
		else if (creating) {
			int age = Period.between(d.birthDate(), today).getYears();
			if (age < MIN_AGE || age > MAX_AGE) {
				v.add(Verdict.reject("person.birthDate.age", MIN_AGE, MAX_AGE, age).on("birthDate"));
			}
		}
		if (d.sex() == null) {
			v.add(Verdict.reject("person.sex.required").on("sex"));
		}
		v.addAll(checkCccd(d));
		if (d.workUnitId() == null) {
			v.add(Verdict.reject("person.workUnit.required").on("workUnitId"));
		}
		if (d.phone() != null && !PHONE.matcher(phoneDigits(d.phone())).matches()) {
			v.add(Verdict.reject("person.phone.invalid").on("phone"));
		}
		if (d.email() != null && (d.email().length() > 150 || !EMAIL.matcher(d.email()).matches())) {
			v.add(Verdict.reject("person.email.invalid").on("email"));
		}
		if (d.jobTitle() != null && d.jobTitle().length() > 150) {
			v.add(Verdict.reject("person.text.tooLong", 150).on("jobTitle"));
		}
		if (d.address() != null && d.address().length() > 255) {
			v.add(Verdict.reject("person.text.tooLong", 255).on("address"));
		}
		return v;
	}

	/**
	 * Each problem of the CCCD is its own message, naming the digit or province expected.
	 */
	static List<Verdict> checkCccd(PersonDraft d) {
		List<Verdict> v = new ArrayList<>();
		if (d.cccd() == null) {
			v.add(Verdict.reject("person.cccd.required").on("cccd"));
			return v;
		}
		String value = d.cccd().strip();
		for (Cccd.Problem problem : Cccd.check(value, d.birthDate(), d.sex())) {
			switch (problem) {
				case FORMAT -> v.add(Verdict.reject("person.cccd.format").on("cccd"));
				case PROVINCE -> v.add(Verdict.reject("person.cccd.province", value.substring(0, 3)).on("cccd"));
				case CENTURY_SEX -> v.add(
						Verdict
							.reject("person.cccd.centurySex." + d.sex().name(),
									String.valueOf(Cccd.centurySexDigit(d.birthDate().getYear(), d.sex())),
									String.valueOf(d.birthDate().getYear()), String.valueOf(value.charAt(3)))
							.on("cccd"));
				case BIRTH_YEAR -> v.add(
						Verdict
							.reject("person.cccd.birthYear", String.format("%02d", d.birthDate().getYear() % 100),
									String.valueOf(d.birthDate().getYear()), value.substring(4, 6))
							.on("cccd"));
			}
		}
		return v;
	}

	static String phoneDigits(String phone) {
		return phone.replaceAll("[\\s.\\-()]", "");
	}

}
