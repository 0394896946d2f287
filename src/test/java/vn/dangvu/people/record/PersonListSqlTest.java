package vn.dangvu.people.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which name fragments the trigram index can narrow down (decision 0281). */
class PersonListSqlTest {

	@Test
	void aFragmentHasATrigramWhenThreeLettersOrDigitsFollowEachOther() {
		assertThat(PersonListSql.hasTrigram("huong")).isTrue();
		assertThat(PersonListSql.hasTrigram("khanh chi")).isTrue();
		assertThat(PersonListSql.hasTrigram("thi")).isTrue();
		assertThat(PersonListSql.hasTrigram("an")).isFalse();
		assertThat(PersonListSql.hasTrigram("an h")).isFalse();
		assertThat(PersonListSql.hasTrigram("a%b")).isFalse();
		assertThat(PersonListSql.hasTrigram("")).isFalse();
	}

}
