/**
 * The member's own view, made for a phone (decision 0228): the next meetings of the
 * member's cell with the documents to read and the member's read marks, the member's
 * attendance this year; the page {@code /me/meetings}, {@code GET /api/v1/me/meetings},
 * and the installed app around it (manifest, service worker).
 */
package vn.dangvu.meeting.member;
