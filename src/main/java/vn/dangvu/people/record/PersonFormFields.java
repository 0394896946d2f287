package vn.dangvu.people.record;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import vn.dangvu.people.Sex;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.web.Choice;

/**
 * What {@code people/form.html} shows: its sections in page order, each a legend and its
 * fields (name, label, whether required, grid column, kind of input and its limits). The
 * template renders every field from this list, so one field block serves them all.
 */
record PersonFormFields(String legendKey, List<Field> fields) {

	private static final String CHOOSE = "person.choose";

	private static final String NO_UNIT = "person.unit.none";

	/**
	 * One field. {@code type} is {@code text}, {@code tel}, {@code email} or {@code day}
	 * (dd/MM/yyyy with the picker); {@code choices} makes it a select (with the
	 * {@code emptyKey} option first, or none); {@code hintKey} a help text under it
	 * ({@code <name>Help}).
	 */
	record Field(String name, String labelKey, boolean required, String column, String type, Integer maxLength,
			boolean numeric, boolean monospace, boolean noAutocomplete, String hintKey, List<Choice> choices,
			String emptyKey) {

		static Field input(String name, String labelKey, String column, String type, Integer maxLength) {
			return new Field(name, labelKey, false, column, type, maxLength, false, false, false, null, null, null);
		}

		static Field choice(String name, String labelKey, String column, List<Choice> choices, String emptyKey) {
			return new Field(name, labelKey, false, column, null, null, false, false, false, null, choices, emptyKey);
		}

		Field asRequired() {
			return new Field(this.name, this.labelKey, true, this.column, this.type, this.maxLength, this.numeric,
					this.monospace, this.noAutocomplete, this.hintKey, this.choices, this.emptyKey);
		}

		Field withoutAutocomplete() {
			return new Field(this.name, this.labelKey, this.required, this.column, this.type, this.maxLength,
					this.numeric, this.monospace, true, this.hintKey, this.choices, this.emptyKey);
		}

		/** The CCCD: digits in a fixed-width font, with its help text. */
		Field digits(String hintKey) {
			return new Field(this.name, this.labelKey, this.required, this.column, this.type, this.maxLength, true,
					true, this.noAutocomplete, hintKey, this.choices, this.emptyKey);
		}

		public boolean select() {
			return this.choices != null;
		}

		public boolean day() {
			return "day".equals(this.type);
		}

		public String hintId() {
			return (this.hintKey != null) ? this.name + "Help" : null;
		}

	}

	/**
	 * The identity and the work sections, with the options the caller may choose from.
	 */
	static List<PersonFormFields> sections(Messages messages, Units units) {
		return List.of(new PersonFormFields("person.section.identity", identity(messages)),
				new PersonFormFields("person.section.work", work(units)));
	}

	/** The unit options of the four affiliations. */
	record Units(List<UnitRef> work, List<UnitRef> party, List<UnitRef> union, List<UnitRef> youth) {

	}

	private static List<Field> identity(Messages messages) {
		return List.of(
				Field.input("fullName", "person.fullName", "col-md-6", "text", 150).asRequired().withoutAutocomplete(),
				Field.input("birthDate", "person.birthDate", "col-md-3", "day", null).asRequired(),
				Field.choice("sex", "person.sex", "col-md-3", named(messages, "person.sex.", Sex.values()), CHOOSE)
					.asRequired(),
				Field.input("cccd", "person.cccd", "col-md-4", "text", 12)
					.asRequired()
					.withoutAutocomplete()
					.digits("person.cccd.help"),
				Field.choice("ethnicity", "person.ethnicity", "col-md-4",
						Choice.of(Ethnicities.ALL, Function.identity(), Function.identity()), null),
				Field.choice("religion", "person.religion", "col-md-4",
						named(messages, "person.religion.", Religion.values()), CHOOSE),
				Field.choice("generalEducation", "person.generalEducation", "col-md-4",
						named(messages, "person.generalEducation.", GeneralEducation.values()), CHOOSE),
				Field.choice("professionalLevel", "person.professionalLevel", "col-md-4",
						named(messages, "person.professionalLevel.", ProfessionalLevel.values()), CHOOSE),
				Field.choice("theoryLevel", "person.theoryLevel", "col-md-4",
						named(messages, "person.theoryLevel.", TheoryLevel.values()), CHOOSE));
	}

	private static List<Field> work(Units units) {
		return List.of(Field.input("jobTitle", "person.jobTitle", "col-md-6", "text", 150),
				Field.choice("workUnitId", "person.workUnit", "col-md-6", units(units.work()), CHOOSE).asRequired(),
				Field.choice("partyUnitId", "person.partyUnit", "col-md-4", units(units.party()), NO_UNIT),
				Field.choice("unionUnitId", "person.unionUnit", "col-md-4", units(units.union()), NO_UNIT),
				Field.choice("youthUnitId", "person.youthUnit", "col-md-4", units(units.youth()), NO_UNIT),
				Field.input("phone", "person.phone", "col-md-4", "tel", 20),
				Field.input("email", "person.email", "col-md-4", "email", 150),
				Field.input("address", "person.address", "col-md-4", "text", 255));
	}

	private static <E extends Enum<E>> List<Choice> named(Messages messages, String keyPrefix, E[] values) {
		return Choice.of(Arrays.asList(values), Enum::name, (e) -> messages.text(keyPrefix + e.name()));
	}

	private static List<Choice> units(List<UnitRef> units) {
		return Choice.of(units, UnitRef::id, (u) -> u.name() + " (" + u.code() + ")");
	}

}
