/** The programme module's demo data (decision 0202). */
package vn.dangvu.programme.demo;
