package vn.dangvu.organisation.tree;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import vn.dangvu.platform.error.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class CycleTranslationTest {

	@Test
	void theTriggersCycleErrorReadsLikeThePolicy() {
		RuntimeException translated = UnitService.translate(new DataIntegrityViolationException("cycle",
				new SQLException("org_unit cycle: 5 cannot be placed under 23", "23514")));
		assertThat(translated).isInstanceOf(RuleViolationException.class);
		assertThat(((RuleViolationException) translated).messageKey()).isEqualTo("unit.rule.cycle");
		assertThat(((RuleViolationException) translated).field()).isEqualTo("parentId");
	}

	@Test
	void otherIntegrityErrorsPassThrough() {
		DataIntegrityViolationException fk = new DataIntegrityViolationException("fk",
				new SQLException("no parent", "23503"));
		assertThat(UnitService.translate(fk)).isSameAs(fk);
	}

}
