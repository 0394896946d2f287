package vn.dangvu.people;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestCallers;

/**
 * What the people integration tests share: the application's MockMvc and database, and
 * before every test one or two fresh trees of units ({@link PeopleFixtures#tree}) whose
 * committee offices ({@link PeopleFixtures.Tree#office()}) must not see into each other.
 * A caller a test signs in for service calls ({@link TestCallers#runAs}) is signed out
 * after it. A test class extends it, names its trees and carries
 * {@code @IntegrationTest}.
 */
public abstract class OnTwoBranches {

	private final String labelA;

	private final String labelB;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	protected PeopleFixtures fixtures;

	protected PeopleFixtures.Tree a;

	/** The second tree; null when the test names only one. */
	protected PeopleFixtures.Tree b;

	protected OnTwoBranches(String labelA, String labelB) {
		this.labelA = labelA;
		this.labelB = labelB;
	}

	@BeforeEach
	void freshTrees() {
		this.fixtures = new PeopleFixtures(this.jdbc);
		this.a = this.fixtures.tree(this.labelA);
		this.b = (this.labelB != null) ? this.fixtures.tree(this.labelB) : null;
	}

	@AfterEach
	void signOut() {
		TestCallers.clear();
	}

}
