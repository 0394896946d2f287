package vn.dangvu.people.record;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.platform.text.VietnameseName;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseOrderTest {

	@Test
	void namesSplitIntoFamilyMiddleAndGiven() {
		VietnameseName n = VietnameseName.parse("  Nguyễn   Thị Thu  Hà ");
		assertThat(n.family()).isEqualTo("Nguyễn");
		assertThat(n.middle()).isEqualTo("Thị Thu");
		assertThat(n.given()).isEqualTo("Hà");
		assertThat(n.full()).isEqualTo("Nguyễn Thị Thu Hà");
	}

	@Test
	void listsOrderByGivenNameThenMiddleThenFamily() {
		assertThat(sorted("Lê Văn Bình", "Nguyễn Thị Bình", "Trần Văn An")).containsExactly("Trần Văn An",
				"Nguyễn Thị Bình", "Lê Văn Bình");
	}

	@Test
	void dStrokeComesAfterEveryD() {
		assertThat(sorted("Lê Văn Đa", "Lê Văn Dương", "Lê Văn Em", "Lê Văn Dũng")).containsExactly("Lê Văn Dũng",
				"Lê Văn Dương", "Lê Văn Đa", "Lê Văn Em");
	}

	@Test
	void familyNameDecidesOnlyWhenGivenAndMiddleAreEqual() {
		assertThat(sorted("Trần Văn An", "Bùi Văn An", "Đỗ Văn An")).containsExactly("Bùi Văn An", "Đỗ Văn An",
				"Trần Văn An");
	}

	@Test
	void ethnicCatalogueHasFiftyFourGroupsAndReadsLooseSpellings() {
		assertThat(Ethnicities.ALL).hasSize(54).doesNotHaveDuplicates();
		assertThat(Ethnicities.find("khmer")).contains("Khơ Me");
		assertThat(Ethnicities.find("TAY")).contains("Tày");
		assertThat(Ethnicities.find("Ê-đê")).contains("Ê Đê");
		assertThat(Ethnicities.find("Kinhh")).isEmpty();
	}

	private static List<String> sorted(String... names) {
		List<String> list = new ArrayList<>(List.of(names));
		list.sort(VietnameseName::compare);
		return list;
	}

}
