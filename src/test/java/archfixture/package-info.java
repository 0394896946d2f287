/**
 * Deliberate violations of the module-shape rules, for the tests of
 * {@code ArchitectureTest}'s rules. Outside {@code vn.dangvu} so that neither component
 * scanning nor Spring Modulith sees it.
 */
package archfixture;
