package vn.dangvu.programme.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dangvu.programme.RollUpRule;
import vn.dangvu.programme.progress.RollUp.Activity;
import vn.dangvu.programme.progress.RollUp.Counts;
import vn.dangvu.programme.progress.RollUp.Owners;
import vn.dangvu.programme.progress.RollUp.Result;
import vn.dangvu.programme.progress.RollUp.Task;

import static org.assertj.core.api.Assertions.assertThat;

/** The roll-up rule on small trees, at its boundaries (decision 0272). */
class RollUpTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

	static final LocalDate START = LocalDate.of(2026, 1, 1);

	static final LocalDate LATE = LocalDate.of(2026, 12, 31);

	static Task task(long id, long area, String weight) {
		return new Task(id, area, new BigDecimal(weight));
	}

	static Activity one(long id, long task, String weight, LocalDate due, String status, int percent) {
		return new Activity(id, task, new BigDecimal(weight), START, due,
				Owners.one(status, percent, START, due, TODAY));
	}

	@Test
	void equalRuleWeighsEveryActivityTheSameAcrossTasks() {
		List<Task> tasks = List.of(task(1, 10, "1"), task(2, 10, "5"));
		List<Activity> activities = List.of(one(1, 1, "1", LATE, "DONE", 100), one(2, 2, "1", LATE, "NOT_STARTED", 0),
				one(3, 2, "1", LATE, "IN_PROGRESS", 50));
		Result r = RollUp.of(RollUpRule.EQUAL, tasks, activities, TODAY, 14);
		assertThat(r.tasks().get(1L).percent()).isEqualTo(100);
		assertThat(r.tasks().get(2L).percent()).isEqualTo(25);
		// (100 + 0 + 50) / 3, task weights ignored
		assertThat(r.areas().get(10L).percent()).isEqualTo(50);
		assertThat(r.programme().percent()).isEqualTo(50);
	}

	@Test
	void weightedRuleUsesActivityWeightsInATaskAndTaskWeightsAbove() {
		List<Task> tasks = List.of(task(1, 10, "1"), task(2, 10, "3"), task(3, 20, "1"));
		List<Activity> activities = List.of(one(1, 1, "1", LATE, "DONE", 100),
				// task 2: (0 × 3 + 80 × 1) / 4 = 20
				one(2, 2, "3", LATE, "NOT_STARTED", 0), one(3, 2, "1", LATE, "IN_PROGRESS", 80),
				one(4, 3, "2", LATE, "IN_PROGRESS", 40));
		Result r = RollUp.of(RollUpRule.WEIGHTED, tasks, activities, TODAY, 14);
		assertThat(r.tasks().get(2L).percent()).isEqualTo(20);
		// area 10: (100 × 1 + 20 × 3) / 4 = 40
		assertThat(r.areas().get(10L).percent()).isEqualTo(40);
		assertThat(r.areas().get(20L).percent()).isEqualTo(40);
		// programme: (100 + 60 + 40) / 5 = 40
		assertThat(r.programme().percent()).isEqualTo(40);
	}

	@Test
	void aTaskWithNoActivitiesHasNoPercentAndIsLeftOutAbove() {
		List<Task> tasks = List.of(task(1, 10, "1"), task(2, 10, "9"));
		List<Activity> activities = List.of(one(1, 1, "1", LATE, "IN_PROGRESS", 30));
		for (RollUpRule rule : RollUpRule.values()) {
			Result r = RollUp.of(rule, tasks, activities, TODAY, 14);
			assertThat(r.tasks().get(2L).percent()).as(rule.name()).isNull();
			assertThat(r.tasks().get(2L).hasActivities()).as(rule.name()).isFalse();
			assertThat(r.areas().get(10L).percent()).as(rule.name()).isEqualTo(30);
			assertThat(r.programme().percent()).as(rule.name()).isEqualTo(30);
		}
	}

	@Test
	void cancelledActivitiesAndOwnersAreLeftOut() {
		List<Task> tasks = List.of(task(1, 10, "1"));
		Activity mixed = new Activity(2, 1, BigDecimal.ONE, START, LATE, new Owners(3, 1, 1, 0, 100 + 20));
		List<Activity> activities = List.of(one(1, 1, "1", LATE, "CANCELLED", 0), mixed);
		Result r = RollUp.of(RollUpRule.EQUAL, tasks, activities, TODAY, 14);
		// only the second activity counts, its cancelled owner left out: (100 + 20) / 2
		assertThat(r.programme().percent()).isEqualTo(60);
		assertThat(r.programme().counts()).isEqualTo(new Counts(1, 1, 0, 0));
	}

	@Test
	void zeroCountedWeightGivesNoPercentNotAnError() {
		List<Task> tasks = List.of(task(1, 10, "1"));
		List<Activity> activities = List.of(one(1, 1, "1", LATE, "CANCELLED", 0));
		for (RollUpRule rule : RollUpRule.values()) {
			Result r = RollUp.of(rule, tasks, activities, TODAY, 14);
			assertThat(r.programme().percent()).as(rule.name()).isNull();
			assertThat(r.tasks().get(1L).hasActivities()).isTrue();
		}
		assertThat(RollUp.of(RollUpRule.WEIGHTED, List.of(), List.of(), TODAY, 14).programme().percent()).isNull();
	}

	@Test
	void allDoneIsAHundredWithNothingOpen() {
		List<Task> tasks = List.of(task(1, 10, "2"), task(2, 20, "1"));
		List<Activity> activities = List.of(one(1, 1, "1", START.plusDays(10), "DONE", 100),
				one(2, 2, "4", START.plusDays(20), "DONE", 100));
		for (RollUpRule rule : RollUpRule.values()) {
			Result r = RollUp.of(rule, tasks, activities, TODAY, 14);
			assertThat(r.programme().percent()).isEqualTo(100);
			assertThat(r.programme().counts()).isEqualTo(new Counts(2, 0, 0, 0));
		}
	}

	@Test
	void oneOverdueIsCountedAndDueTodayIsNotOverdue() {
		List<Task> tasks = List.of(task(1, 10, "1"));
		List<Activity> activities = List.of(one(1, 1, "1", TODAY.minusDays(1), "IN_PROGRESS", 90),
				one(2, 1, "1", TODAY, "IN_PROGRESS", 90), one(3, 1, "1", TODAY.minusDays(5), "DONE", 100));
		Result r = RollUp.of(RollUpRule.EQUAL, tasks, activities, TODAY, 14);
		// due yesterday: overdue; due today at 90%: at risk (the whole time has passed)
		assertThat(r.programme().counts()).isEqualTo(new Counts(1, 0, 1, 1));
	}

	@Test
	void atRiskNeedsBothDueSoonAndBehindTheTimeElapsed() {
		LocalDate soon = TODAY.plusDays(14);
		LocalDate later = TODAY.plusDays(15);
		// from 01/01 to 04/07: 184 days, 170 passed: 92.39 % elapsed
		assertThat(RollUp.elapsedPercent(START, soon, TODAY)).isEqualTo(92);
		assertThat(RollUp.belowElapsed(92, START, soon, TODAY)).isTrue();
		assertThat(RollUp.belowElapsed(93, START, soon, TODAY)).isFalse();
		List<Task> tasks = List.of(task(1, 10, "1"));
		List<Activity> activities = List.of(one(1, 1, "1", soon, "IN_PROGRESS", 50),
				one(2, 1, "1", soon, "IN_PROGRESS", 95), one(3, 1, "1", later, "NOT_STARTED", 0));
		Result r = RollUp.of(RollUpRule.EQUAL, tasks, activities, TODAY, 14);
		assertThat(r.programme().counts()).isEqualTo(new Counts(0, 2, 1, 0));
		// with a setting of 30 days the third is at risk too
		assertThat(RollUp.of(RollUpRule.EQUAL, tasks, activities, TODAY, 30).programme().counts())
			.isEqualTo(new Counts(0, 1, 2, 0));
	}

	@Test
	void anActivityStartingAfterTodayIsNeverBehind() {
		LocalDate starts = TODAY.plusDays(3);
		assertThat(RollUp.elapsedPercent(starts, starts.plusDays(5), TODAY)).isZero();
		assertThat(RollUp.belowElapsed(0, starts, starts.plusDays(5), TODAY)).isFalse();
		assertThat(RollUp.belowElapsed(0, TODAY, TODAY, TODAY)).isFalse();
		assertThat(RollUp.belowElapsed(0, TODAY.minusDays(1), TODAY, TODAY)).isTrue();
	}

}
