@org.springframework.modulith.ApplicationModule
package vn.dangvu.organisation;
