/**
 * Membership's demo data (decision 0202): the Party membership histories (order 500) and
 * the Youth Union and trade-union memberships with their dues (order 510).
 */
package vn.dangvu.membership.demo;
