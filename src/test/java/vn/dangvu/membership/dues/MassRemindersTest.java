package vn.dangvu.membership.dues;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MassRemindersTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<ReminderSource> sources;

	@Test
	void aSecretaryIsRemindedOfAMemberWithThreeUnpaidMonthsAndAYouthOfficerOfMembersPastTheLimit() {
		Assumptions.assumeTrue(TODAY.getMonthValue() >= 4, "three months of the year must be over");
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("nhắc việc");
		long owes = fixtures.person("Mai Văn Nợphí", LocalDate.of(1980, 1, 1), tree.cell(), tree.cell(), null, null);
		fixtures.salary(owes, "SALARY", 6_000_000, "2020-01-01");
		fixtures.person("Mai Văn Quátuổi", TODAY.minusYears(33), tree.cell(), null, null, tree.youthBranch());
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, tree.cell());
		Caller youthOfficer = TestCallers.withRole(Role.YOUTH_OFFICER, tree.youth());
		Caller stranger = TestCallers.withRole(Role.CELL_SECRETARY, tree.otherCell());
		try {
			TestCallers.runAs(secretary);
			assertThat(all(secretary)).extracting(Reminder::kind).contains("DUES_STRIKING_OFF");
			assertThat(all(secretary)).flatExtracting(Reminder::args).contains("Mai Văn Nợphí");
			TestCallers.runAs(stranger);
			assertThat(all(stranger)).flatExtracting(Reminder::args).doesNotContain("Mai Văn Nợphí");
			TestCallers.runAs(youthOfficer);
			assertThat(all(youthOfficer)).extracting(Reminder::kind).contains("YOUTH_PAST_AGE_LIMIT");
		}
		finally {
			TestCallers.clear();
		}
	}

	private List<Reminder> all(Caller caller) {
		return this.sources.stream().flatMap((s) -> s.remindersFor(caller, TODAY).stream()).toList();
	}

}
