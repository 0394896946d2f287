package vn.dangvu.membership;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the Party admission and transfer tests share: the application's MockMvc, database
 * and membership face, and {@link MembershipFixtures} to make their own cells and people.
 * A test class extends it and carries {@code @IntegrationTest}.
 */
public abstract class OnPartyCells {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected MembershipApi membership;

	protected MembershipFixtures fixtures;

	@BeforeEach
	void membershipFixtures() {
		this.fixtures = new MembershipFixtures(this.mvc, this.jdbc);
	}

}
