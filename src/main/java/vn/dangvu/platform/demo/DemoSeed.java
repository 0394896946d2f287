package vn.dangvu.platform.demo;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;

/**
 * A module's own demo data (decision 0202). Each module that has demo data publishes one
 * package-private {@code @Component} implementing this in its {@code demo} feature
 * package, annotated with its {@code @Order}; the demo loader runs them in
 * {@link #order()} inside one transaction, on an empty database in demo mode only. A seed
 * writes only its own module's tables (through its services or bulk SQL next to its
 * migrations) and reads other modules' data through their faces, their published views or
 * the {@link DemoContext}.
 */
public interface DemoSeed {

	/**
	 * The seed's {@code @Order} on its class: organisation 100, people 200, identity 300,
	 * rules 400, membership 500, directive 600, audit 900.
	 */
	default int order() {
		return OrderUtils.getOrder(getClass(), Ordered.LOWEST_PRECEDENCE);
	}

	void seed(DemoContext context);

}
