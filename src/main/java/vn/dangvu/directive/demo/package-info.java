/**
 * The directive module's demo data (decision 0202): issuers, documents, links and the
 * cascade of 05-CT/TW with its actions and one member's reading.
 */
@org.springframework.modulith.NamedInterface("demo")
package vn.dangvu.directive.demo;
