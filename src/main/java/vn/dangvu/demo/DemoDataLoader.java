package vn.dangvu.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.DemoMode;
import vn.dangvu.platform.demo.DemoContext;
import vn.dangvu.platform.demo.DemoSeed;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Fills an empty database with the demo data (decisions 0040, 0202): runs every module's
 * {@link DemoSeed} in their order inside one transaction, once when the singletons are
 * ready and before the web server takes requests. Nothing happens when demo mode is off
 * or when a unit already exists. The loader only orchestrates; each module writes its own
 * tables.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoMode demoMode;

	private final List<DemoSeed> seeds;

	private final OrganisationApi organisation;

	private final TransactionTemplate tx;

	private final Clock clock;

	DemoDataLoader(DemoMode demoMode, List<DemoSeed> seeds, OrganisationApi organisation,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.demoMode = demoMode;
		this.seeds = seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).toList();
		this.organisation = organisation;
		this.tx = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.demoMode.isEnabled()) {
			load();
		}
	}

	/** Loads the demo data if no unit exists yet; true when it did. */
	boolean load() {
		long started = System.nanoTime();
		Boolean loaded = this.tx.execute((status) -> {
			if (this.organisation.countUnitsByKind(UnitScope.everything()).values().stream().anyMatch((n) -> n > 0)) {
				return false;
			}
			LocalDate today = VietnamTime.today(this.clock);
			DemoContext context = new DemoContext(today);
			for (DemoSeed seed : this.seeds) {
				long start = System.nanoTime();
				seed.seed(context);
				log.debug("Demo seed {} in {} ms", seed.getClass().getSimpleName(),
						(System.nanoTime() - start) / 1_000_000);
			}
			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			log.info("Demo data loaded in {} ms (password of every demo account: {})",
					(System.nanoTime() - started) / 1_000_000, DemoContext.PASSWORD);
		}
		return Boolean.TRUE.equals(loaded);
	}

}
