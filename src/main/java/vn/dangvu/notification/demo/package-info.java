/** The notification module's demo notices (decision 0202). */
package vn.dangvu.notification.demo;
