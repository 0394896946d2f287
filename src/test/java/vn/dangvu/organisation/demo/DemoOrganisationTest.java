package vn.dangvu.organisation.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo organisation as the demo loader seeds it (moved from DemoDataLoaderTest). */
@IntegrationTest
class DemoOrganisationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyUnitHasItsEstablishedHistoryRowAndUnionAndYouthTreesAreLedByTheParty() {
		List<String> codes = DemoOrganisation.units().stream().map(DemoOrganisation.UnitSeed::code).toList();
		Long withHistory = this.jdbc.sql("""
				select count(distinct u.id) from org_unit u join org_unit_history h on h.unit_id = u.id
				where u.code in (:codes) and h.change = 'ESTABLISHED' and h.valid_from = u.established_on
				  and h.recorded_by = 'demo' and u.closed_on is null""")
			.param("codes", codes)
			.query(Long.class)
			.single();
		assertThat(withHistory).isEqualTo(codes.size());
		Long currentRowMatches = this.jdbc
			.sql("""
					select count(distinct u.id) from org_unit u join org_unit_history h on h.unit_id = u.id
					where u.code in (:codes) and h.valid_to is null and h.name = u.name
					  and h.short_name is not distinct from u.short_name and h.parent_id is not distinct from u.parent_id""")
			.param("codes", codes)
			.query(Long.class)
			.single();
		assertThat(currentRowMatches).isEqualTo(codes.size());
		Map<String, Object> union = this.jdbc.sql("""
				select u.kind, l.code as led_by from org_unit u join org_unit l on l.id = u.led_by_id
				where u.code = 'CD-CUC'""").query().singleRow();
		assertThat(union).containsEntry("kind", "TRADE_UNION").containsEntry("led_by", "DBCHQ");
		assertThat(this.jdbc.sql("select kind from org_unit where code = 'DTN-CAUTREO'").query(String.class).single())
			.isEqualTo("YOUTH_BRANCH");
		assertThat(this.jdbc.sql("select kind from org_unit where code = 'CD-CAUTREO'").query(String.class).single())
			.isEqualTo("UNION_BRANCH");
	}

}
