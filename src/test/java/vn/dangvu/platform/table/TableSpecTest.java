package vn.dangvu.platform.table;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableSpecTest {

	record Person(String name, LocalDate born, Integer score, String note) {
	}

	static final TableSpec<Person> SPEC = TableSpec.of("people", "title", "name", true,
			TableColumn.<Person>of("name", "n", Person::name).sql("p.sort_key"),
			TableColumn.<Person>of("born", "b", Person::born).sql("p.birth_date"),
			TableColumn.<Person>of("score", "s", Person::score), TableColumn.<Person>fixed("note", "x", Person::note));

	static final List<Person> ROWS = List.of(new Person("Đức", LocalDate.of(1990, 1, 1), 3, null),
			new Person("Anh", LocalDate.of(1980, 1, 1), null, null), new Person("Dũng", null, 1, null),
			new Person("Ánh", LocalDate.of(1985, 1, 1), 2, null),
			new Person("Bình", LocalDate.of(1970, 1, 1), 5, null));

	@Test
	void badParametersFallBackToTheDefaultsNeverThrow() {
		TableRequest r = SPEC.request("abc", "x", "bogus,asc");
		assertThat(r).isEqualTo(new TableRequest(0, 50, "name", true));
		assertThat(SPEC.request("-5", "0", "note,desc")).isEqualTo(new TableRequest(0, 50, "name", true));
		assertThat(SPEC.request("7", "99999", "born,DESC")).isEqualTo(new TableRequest(7, 500, "born", false));
		assertThat(SPEC.request("2147483648", null, "born,sideways")).isEqualTo(new TableRequest(0, 50, "born", true));
		assertThat(SPEC.request("999999999", "10", "name; drop table person,desc").sort()).isEqualTo("name");
		assertThat(SPEC.request("999999999", "10", null).page()).isEqualTo(TableRequest.MAX_PAGE);
	}

	@Test
	void onlyWhitelistedExpressionsReachTheOrderBy() {
		assertThat(SPEC.orderBy(SPEC.request(null, null, "born,desc"), "p.id"))
			.isEqualTo(" order by p.birth_date desc nulls last, p.id");
		assertThat(SPEC.orderBy(SPEC.request(null, null, "p.id); delete from person; --"), "p.id"))
			.isEqualTo(" order by p.sort_key asc nulls last, p.id");
		assertThatThrownBy(() -> SPEC.orderBy(SPEC.request(null, null, "score"), null))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void sortsInMemoryTheVietnameseWayBothDirectionsWithNullsLast() {
		assertThat(names(SPEC.sort(ROWS, SPEC.request(null, null, "name,asc")))).containsExactly("Anh", "Ánh", "Bình",
				"Dũng", "Đức");
		assertThat(names(SPEC.sort(ROWS, SPEC.request(null, null, "name,desc")))).containsExactly("Đức", "Dũng", "Bình",
				"Ánh", "Anh");
		assertThat(names(SPEC.sort(ROWS, SPEC.request(null, null, "born,asc")))).containsExactly("Bình", "Anh", "Ánh",
				"Đức", "Dũng");
		assertThat(names(SPEC.sort(ROWS, SPEC.request(null, null, "born,desc")))).containsExactly("Đức", "Ánh", "Anh",
				"Bình", "Dũng");
		assertThat(names(SPEC.sort(ROWS, SPEC.request(null, null, "score,desc")))).containsExactly("Bình", "Đức", "Ánh",
				"Dũng", "Anh");
	}

	@Test
	void pagesAreBoundedAPagePastTheEndShowsTheLast() {
		TablePage<Person> second = SPEC.page(ROWS, SPEC.request("1", "2", "name"));
		assertThat(names(second.getContent())).containsExactly("Bình", "Dũng");
		assertThat(second.getTotalPages()).isEqualTo(3);
		assertThat(second.getOffset()).isEqualTo(2);
		TablePage<Person> past = SPEC.page(ROWS, SPEC.request("40", "2", "name"));
		assertThat(past.getNumber()).isEqualTo(2);
		assertThat(names(past.getContent())).containsExactly("Đức");
		assertThat(past.isLast()).isTrue();
		TablePage<Person> empty = SPEC.page(List.of(), SPEC.request("3", null, null));
		assertThat(empty.getNumber()).isZero();
		assertThat(empty.getTotalPages()).isEqualTo(1);
	}

	@Test
	void headerLinksFlipTheDirectionAndMarkTheSortedColumn() {
		TablePage<Person> page = SPEC.page(ROWS, SPEC.request(null, "2", "born,asc"));
		assertThat(page.ariaSort("born")).isEqualTo("ascending");
		assertThat(page.ariaSort("name")).isEqualTo("none");
		assertThat(page.ariaSort("note")).isNull();
		assertThat(page.sortHref("born")).endsWith("?size=2&sort=born%2Cdesc");
		assertThat(page.sortHref("name")).endsWith("?size=2&sort=name%2Casc");
		assertThat(page.pageHref(1)).endsWith("?page=1&size=2&sort=born%2Casc");
		assertThat(page.exportHref()).endsWith("?size=2&sort=born%2Casc&format=xlsx");
	}

	@Test
	void aSpecRefusesAnUnsortableDefaultOrTwoColumnsWithOneKey() {
		assertThatThrownBy(
				() -> TableSpec.of("x", "t", "note", true, TableColumn.<Person>fixed("note", "x", Person::note)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> TableSpec.of("x", "t", "name", true, TableColumn.<Person>of("name", "n", Person::name),
				TableColumn.<Person>of("name", "n", Person::name)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static List<String> names(List<Person> rows) {
		return Arrays.asList(rows.stream().map(Person::name).toArray(String[]::new));
	}

}
