/**
 * Orchestrates the demo data: on an empty database in demo mode it runs every module's
 * {@code platform.demo.DemoSeed} in their order in one transaction (decision 0202). Each
 * module seeds its own tables in its own {@code <module>.demo} package; this module owns
 * no table and publishes nothing.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.demo;
