package vn.dangvu.membership;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;

/**
 * What the membership integration tests share: the application's MockMvc and database,
 * and before every test a fresh tree of units of its own ({@link MassFixtures#tree}:
 * Party cells, a trade union, a youth union) whose officers are the tree's callers. A
 * test class extends it, names its tree and carries {@code @IntegrationTest}.
 */
public abstract class OnAFreshTree {

	private final String label;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	protected MassFixtures fixtures;

	protected MassFixtures.Tree tree;

	protected OnAFreshTree(String label) {
		this.label = label;
	}

	@BeforeEach
	void freshTree() {
		this.fixtures = new MassFixtures(this.jdbc);
		this.tree = this.fixtures.tree(this.label);
	}

	/** The request for the tree's cell and this month, sent as the cell's secretary. */
	protected ResultActions asSecretaryOfTheCell(MockHttpServletRequestBuilder request, String month) throws Exception {
		return this.mvc.perform(request.param("unit", Long.toString(this.tree.cell()))
			.param("month", month)
			.with(TestCallers.as(this.tree.secretary())));
	}

}
