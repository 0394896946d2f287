/**
 * The Party membership demo seed. Named so that the demo loader may call its static entry
 * until it runs every DemoSeed itself (decision 0202); then this interface goes.
 */
@org.springframework.modulith.NamedInterface("demo")
package vn.dangvu.membership.demo;
