/** The meeting module's demo data. */
package vn.dangvu.meeting.demo;
