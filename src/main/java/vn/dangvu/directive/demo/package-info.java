/**
 * The directive module's demo data (decision 0202): issuers, documents, links and the
 * cascade of 05-CT/TW with its actions and one member's reading.
 */
package vn.dangvu.directive.demo;
