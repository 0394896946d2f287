package vn.dangvu.people.record;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.people.Sex;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Reads loosely typed values (form strings, JSON values, spreadsheet cells) into a
 * {@link PersonDraft}, field by field; a field that is absent keeps the base value, a
 * blank one is cleared. Unreadable values become input violations, never exceptions.
 */
@Component
@RequiredArgsConstructor
public class PersonInput {

	public static final Set<String> FIELDS = Set.of("fullName", "birthDate", "sex", "cccd", "ethnicity", "religion",
			"generalEducation", "professionalLevel", "theoryLevel", "jobTitle", "workUnitId", "partyUnitId",
			"unionUnitId", "youthUnitId", "phone", "email", "address", "version");

	static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private final PersonCatalogue catalogue;

	public record Result(PersonDraft draft, Long version, List<Verdict> violations) {

		public boolean ok() {
			return this.violations.isEmpty();
		}

	}

	public Result read(Map<String, ?> values, PersonDraft base) {
		List<Verdict> errors = new ArrayList<>();
		PersonDraft b = base;
		for (String field : values.keySet()) {
			if (!FIELDS.contains(field)) {
				errors.add(Verdict.reject("person.field.unknown", field).on(field));
			}
		}
		String fullName = has(values, "fullName") ? text(values, "fullName", errors) : b.fullName();
		LocalDate birthDate = has(values, "birthDate") ? date(values, "birthDate", errors) : b.birthDate();
		Sex sex = has(values, "sex") ? choice(values, "sex", Sex.class, errors) : b.sex();
		String cccd = has(values, "cccd") ? text(values, "cccd", errors) : b.cccd();
		String ethnicity = b.ethnicity();
		if (has(values, "ethnicity")) {
			String e = text(values, "ethnicity", errors);
			ethnicity = e == null ? null : Ethnicities.find(e).orElse(null);
			if (e != null && ethnicity == null) {
				errors.add(Verdict.reject("person.ethnicity.unknown", e).on("ethnicity"));
			}
		}
		Religion religion = has(values, "religion") ? choice(values, "religion", Religion.class, errors) : b.religion();
		GeneralEducation general = has(values, "generalEducation")
				? choice(values, "generalEducation", GeneralEducation.class, errors) : b.generalEducation();
		ProfessionalLevel professional = has(values, "professionalLevel")
				? choice(values, "professionalLevel", ProfessionalLevel.class, errors) : b.professionalLevel();
		TheoryLevel theory = has(values, "theoryLevel") ? choice(values, "theoryLevel", TheoryLevel.class, errors)
				: b.theoryLevel();
		String jobTitle = has(values, "jobTitle") ? text(values, "jobTitle", errors) : b.jobTitle();
		Long work = has(values, "workUnitId") ? id(values, "workUnitId", errors) : b.workUnitId();
		Long party = has(values, "partyUnitId") ? id(values, "partyUnitId", errors) : b.partyUnitId();
		Long union = has(values, "unionUnitId") ? id(values, "unionUnitId", errors) : b.unionUnitId();
		Long youth = has(values, "youthUnitId") ? id(values, "youthUnitId", errors) : b.youthUnitId();
		String phone = has(values, "phone") ? text(values, "phone", errors) : b.phone();
		String email = has(values, "email") ? text(values, "email", errors) : b.email();
		String address = has(values, "address") ? text(values, "address", errors) : b.address();
		Long version = has(values, "version") ? id(values, "version", errors) : null;
		PersonDraft draft = new PersonDraft(fullName, birthDate, sex, cccd, ethnicity, religion, general, professional,
				theory, jobTitle, work, party, union, youth, phone, email, address);
		return new Result(draft, version, errors);
	}

	/** Reads a date written as 2024-05-31 (ISO, the form's date input) or 31/05/2024. */
	public static LocalDate parseDate(String text) {
		String t = text.strip();
		try {
			return LocalDate.parse(t, t.contains("/") ? VN : ISO);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean has(Map<String, ?> values, String field) {
		return values.containsKey(field);
	}

	private String text(Map<String, ?> values, String field, List<Verdict> errors) {
		Object v = values.get(field);
		if (v == null) {
			return null;
		}
		if (v instanceof String s) {
			String clean = VietnameseText.clean(s);
			return clean.isEmpty() ? null : clean;
		}
		if (v instanceof Number || v instanceof Boolean) {
			return v.toString();
		}
		errors.add(Verdict.reject("person.field.notText").on(field));
		return null;
	}

	private LocalDate date(Map<String, ?> values, String field, List<Verdict> errors) {
		Object v = values.get(field);
		if (v instanceof LocalDate d) {
			return d;
		}
		String t = text(values, field, errors);
		if (t == null) {
			return null;
		}
		LocalDate d = parseDate(t);
		if (d == null) {
			errors.add(Verdict.reject("person.date.invalid", t).on(field));
		}
		return d;
	}

	private <E extends Enum<E>> E choice(Map<String, ?> values, String field, Class<E> type, List<Verdict> errors) {
		String t = text(values, field, errors);
		if (t == null) {
			return null;
		}
		E value = this.catalogue.find(type, t).orElse(null);
		if (value == null) {
			errors.add(Verdict.reject("person." + field + ".unknown", t).on(field));
		}
		return value;
	}

	private Long id(Map<String, ?> values, String field, List<Verdict> errors) {
		Object v = values.get(field);
		if (v instanceof Long l) {
			return l;
		}
		if (v instanceof Integer i) {
			return i.longValue();
		}
		String t = text(values, field, errors);
		if (t == null) {
			return null;
		}
		try {
			long id = Long.parseLong(t);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(Verdict.reject("person.id.invalid", t).on(field));
		return null;
	}

}
