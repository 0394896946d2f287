package vn.dangvu.programme;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestClock;
import vn.dangvu.meeting.MeetingFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeFixtures.Answer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the programme module's integration tests share (each still carries
 * {@code @IntegrationTest}): "today" set to 20/06/2026 (or the test's own day) for each
 * test and reset after it, the test's own committee tree
 * ({@link ProgrammeFixtures#committee}) named after what the test is about, its office as
 * the caller, and the pieces the tests build a programme from: the meeting that adopts it
 * and the count indicator of a key task.
 */
public abstract class ProgrammeTestBase {

	protected static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

	private final String treeName;

	private final LocalDate today;

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TestClock clock;

	protected ProgrammeFixtures fixtures;

	protected MeetingFixtures.Cell tree;

	/** The committee office of the test's tree. */
	protected Caller office;

	protected ProgrammeTestBase(String treeName) {
		this(treeName, TODAY);
	}

	protected ProgrammeTestBase(String treeName, LocalDate today) {
		this.treeName = treeName;
		this.today = today;
	}

	@BeforeEach
	final void ownCommitteeOnTheDay() {
		this.clock.setToday(this.today);
		this.fixtures = new ProgrammeFixtures(this.mvc, this.jdbc);
		this.tree = this.fixtures.committee(this.treeName);
		this.office = this.tree.office();
	}

	@AfterEach
	final void resetClock() {
		this.clock.reset();
	}

	/** A regular meeting of the test's committee on the day (yyyy-MM-dd), its id. */
	protected long meeting(String day) throws Exception {
		return new MeetingFixtures(this.mvc, this.jdbc).meeting(this.tree, "REGULAR", day);
	}

	/**
	 * Adds to the key task the indicator "Kết nạp đảng viên mới", a count with a target
	 * of 30, through the API as the office; its id.
	 */
	protected long countIndicator(long programme, long task) throws Exception {
		Answer i = this.fixtures.post(this.office, "/api/v1/programmes/%d/indicators".formatted(programme), """
				{"taskId": %d, "name": "Kết nạp đảng viên mới", "kind": "COUNT", "target": 30, "version": %d}"""
			.formatted(task, this.fixtures.version(programme)));
		assertThat(i.status()).as(i.body()).isEqualTo(201);
		return this.jdbc.sql(
				"select max(i.id) from programme_indicator i join programme_task t on t.id = i.task_id where t.programme_id = :p")
			.param("p", programme)
			.query(Long.class)
			.single();
	}

}
