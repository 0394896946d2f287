package vn.dangvu.directive.document;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

/** Tests that number and issue documents in a grassroots committee of their own. */
abstract class OwnCommitteeTestBase {

	@Autowired
	JdbcClient jdbc;

	DocumentFixtures fixtures;

	long committee;

	/** The name of the test's own committee. */
	abstract String committeeName();

	@BeforeEach
	void createTheCommittee() {
		this.fixtures = new DocumentFixtures(this.jdbc);
		this.committee = this.fixtures.unit("GRASSROOTS_COMMITTEE", committeeName(), null);
	}

	/** The office of the test's own committee. */
	Caller office() {
		return TestCallers.officeOf(this.committee);
	}

}
