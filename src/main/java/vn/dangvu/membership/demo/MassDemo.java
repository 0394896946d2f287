package vn.dangvu.membership.demo;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

import vn.dangvu.platform.demo.DemoContext;

/**
 * The static entry the demo loader calls until it runs every {@code DemoSeed} itself
 * (decision 0202): it runs the mass-membership seed Spring made. Delete it, and its call
 * in {@code demo/DemoDataLoader}, once the loader is the orchestrator: the seed then runs
 * in its order (510) and must not run twice.
 */
@NamedInterface("demo-entry")
public final class MassDemo {

	private MassDemo() {
	}

	public static void load(LocalDate today) {
		MassMembershipSeed.current().seed(new DemoContext(today));
	}

}
