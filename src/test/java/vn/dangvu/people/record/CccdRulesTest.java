package vn.dangvu.people.record;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;
import vn.dangvu.platform.policy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class CccdRulesTest {

	private static PersonDraft draft(String cccd, LocalDate birth, Sex sex) {
		return new PersonDraft("Nguyễn Văn An", birth, sex, cccd, null, null, null, null, null, null, 1L, null, null,
				null, null, null, null);
	}

	private static List<String> keys(String cccd, LocalDate birth, Sex sex) {
		return PersonRules.checkCccd(draft(cccd, birth, sex)).stream().map(Verdict::messageKey).toList();
	}

	@Test
	void aComposedNumberIsAccepted() {
		LocalDate birth = LocalDate.of(1985, 9, 5);
		assertThat(keys(Cccd.compose("001", birth, Sex.MALE, 1234).value(), birth, Sex.MALE)).isEmpty();
		assertThat(keys("079300012345", LocalDate.of(2000, 1, 1), Sex.FEMALE)).isEmpty();
	}

	@Test
	void elevenOrThirteenDigitsOrLettersAreAFormatProblemOnly() {
		LocalDate birth = LocalDate.of(1985, 1, 1);
		assertThat(keys("00108500001", birth, Sex.MALE)).containsExactly("person.cccd.format");
		assertThat(keys("0010850000011", birth, Sex.MALE)).containsExactly("person.cccd.format");
		assertThat(keys("00108500000A", birth, Sex.MALE)).containsExactly("person.cccd.format");
	}

	@Test
	void anUnknownProvinceCodeIsNamed() {
		List<Verdict> v = PersonRules.checkCccd(draft("003085000001", LocalDate.of(1985, 1, 1), Sex.MALE));
		assertThat(v).extracting(Verdict::messageKey).containsExactly("person.cccd.province");
		assertThat(v.get(0).args()).containsExactly("003");
	}

	@Test
	void theCenturyAndSexDigitNamesTheExpectedDigit() {
		// A woman born in 1999 has 1; 0 would be a man.
		List<Verdict> v = PersonRules.checkCccd(draft("001099000001", LocalDate.of(1999, 12, 31), Sex.FEMALE));
		assertThat(v).extracting(Verdict::messageKey).containsExactly("person.cccd.centurySex.FEMALE");
		assertThat(v.get(0).args().get(0)).isEqualTo("1");
		// A man born on 1 January 2000 has 2, not 0.
		v = PersonRules.checkCccd(draft("001000000001", LocalDate.of(2000, 1, 1), Sex.MALE));
		assertThat(v).extracting(Verdict::messageKey).containsExactly("person.cccd.centurySex.MALE");
		assertThat(v.get(0).args().get(0)).isEqualTo("2");
		assertThat(keys("001200000001", LocalDate.of(2000, 1, 1), Sex.MALE)).isEmpty();
	}

	@Test
	void theBirthYearDigitsNameTheExpectedYear() {
		List<Verdict> v = PersonRules.checkCccd(draft("001086000001", LocalDate.of(1985, 1, 1), Sex.MALE));
		assertThat(v).extracting(Verdict::messageKey).containsExactly("person.cccd.birthYear");
		assertThat(v.get(0).args()).containsExactly("85", "1985", "86");
	}

	@Test
	void severalProblemsAreReportedTogether() {
		assertThat(keys("003186000001", LocalDate.of(1985, 1, 1), Sex.MALE)).containsExactly("person.cccd.province",
				"person.cccd.centurySex.MALE", "person.cccd.birthYear");
	}

	@Test
	void aMissingNumberIsRequired() {
		assertThat(keys(null, LocalDate.of(1985, 1, 1), Sex.MALE)).containsExactly("person.cccd.required");
	}

	@Test
	void ageMustBeSixteenToEightyOnCreationAndBirthNotInFuture() {
		LocalDate today = LocalDate.of(2026, 6, 15);
		PersonDraft sixteenToday = draft(null, LocalDate.of(2010, 6, 15), Sex.MALE);
		PersonDraft sixteenTomorrow = draft(null, LocalDate.of(2010, 6, 16), Sex.MALE);
		PersonDraft eightyOne = draft(null, LocalDate.of(1945, 6, 15), Sex.MALE);
		PersonDraft future = draft(null, LocalDate.of(2026, 6, 16), Sex.MALE);
		assertThat(keysOf(PersonRules.checkValues(sixteenToday, true, today))).doesNotContain("person.birthDate.age");
		assertThat(keysOf(PersonRules.checkValues(sixteenTomorrow, true, today))).contains("person.birthDate.age");
		assertThat(keysOf(PersonRules.checkValues(eightyOne, true, today))).contains("person.birthDate.age");
		assertThat(keysOf(PersonRules.checkValues(eightyOne, false, today))).doesNotContain("person.birthDate.age");
		assertThat(keysOf(PersonRules.checkValues(future, false, today))).contains("person.birthDate.future");
	}

	@Test
	void phoneAndEmailFormatsAreChecked() {
		LocalDate today = LocalDate.of(2026, 6, 15);
		PersonDraft ok = new PersonDraft("Lê An", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null, null, null,
				null, null, 1L, null, null, null, "091 234 5678", "an@coquan.gov.vn", null);
		PersonDraft bad = new PersonDraft("Lê An", LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null, null, null,
				null, null, 1L, null, null, null, "12345", "an@", null);
		assertThat(keysOf(PersonRules.checkValues(ok, true, today))).doesNotContain("person.phone.invalid",
				"person.email.invalid");
		assertThat(keysOf(PersonRules.checkValues(bad, true, today))).contains("person.phone.invalid",
				"person.email.invalid");
	}

	private static List<String> keysOf(List<Verdict> v) {
		return v.stream().map(Verdict::messageKey).toList();
	}

}
