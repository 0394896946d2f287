@org.springframework.modulith.ApplicationModule
package vn.dangvu.reporting;
