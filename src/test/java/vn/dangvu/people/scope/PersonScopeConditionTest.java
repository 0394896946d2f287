package vn.dangvu.people.scope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope condition on person_scope rows: a whole top-level organisation becomes
 * {@code top_id} only for a list filtered by a fragment with a trigram (decision 0281).
 */
class PersonScopeConditionTest {

	@Test
	void aTopLevelPatternBecomesTopIdOnlyWithAFragmentThatHasATrigram() {
		Map<String, Object> params = new HashMap<>();
		assertThat(PersonScope.pathsCondition("s", List.of("/12/%", "/12/5/%", "/40/%"), true, params))
			.isEqualTo("(s.top_id = :scopeTop0 or s.path like :scopePath1 or s.top_id = :scopeTop2)");
		assertThat(params)
			.containsExactlyInAnyOrderEntriesOf(Map.of("scopeTop0", 12L, "scopePath1", "/12/5/%", "scopeTop2", 40L));

		params.clear();
		assertThat(PersonScope.pathsCondition("s", List.of("/12/%"), false, params))
			.isEqualTo("(s.path like :scopePath0)");
		assertThat(params).containsExactlyEntriesOf(Map.of("scopePath0", "/12/%"));
		assertThat(PersonScope.pathsCondition("s", List.of(), true, params)).isEqualTo("false");
	}

	@Test
	void onlyAPatternOfOneLabelIsATopLevelOrganisation() {
		assertThat(PersonScope.topOf("/7/%")).isEqualTo(7L);
		assertThat(PersonScope.topOf("/7/8/%")).isNull();
		assertThat(PersonScope.topOf("/7/")).isNull();
		assertThat(PersonScope.topOf("%")).isNull();
	}

}
