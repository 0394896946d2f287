package vn.dangvu.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestClock;

/**
 * What the meeting module's integration tests share: "today" set to 20/06/2026 for each
 * test and reset after it, and the test's own cell (a committee, the cell under it, its
 * secretary and members; {@link MeetingFixtures}) named after what the test is about.
 */
abstract class MeetingTestBase {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

	private final String cellName;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	MeetingFixtures fixtures;

	MeetingFixtures.Cell cell;

	MeetingTestBase(String cellName) {
		this.cellName = cellName;
	}

	@BeforeEach
	final void ownCell() {
		this.clock.setToday(TODAY);
		this.fixtures = new MeetingFixtures(this.mvc, this.jdbc);
		this.cell = this.fixtures.cell(this.cellName);
	}

	@AfterEach
	final void resetClock() {
		this.clock.reset();
	}

	/** The single number a query with an {@code :id} parameter counts. */
	long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
